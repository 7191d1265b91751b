// Every organisation by name and id, as organisations.cypher orders them, for a reader that keeps them in memory.
MATCH (o:Organisation)
RETURN o AS row
ORDER BY o.name, o.id
