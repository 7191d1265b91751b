MATCH (a)-[r]->(b)
WHERE id(r) > $after
RETURN id(r) AS key, type(r) AS type, id(a) AS start, id(b) AS end, properties(r) AS properties
ORDER BY key
LIMIT $limit
