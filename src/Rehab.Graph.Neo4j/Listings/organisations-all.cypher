// Every organisation by name and id, as organisations.cypher orders them: for the ORUK API's in-memory copy, and for a
// directory import to match the organisations of its file against.
MATCH (o:Organisation)
RETURN o AS row
ORDER BY o.name, o.id
