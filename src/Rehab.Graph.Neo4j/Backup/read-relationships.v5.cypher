MATCH (a)-[r]->(b)
WHERE elementId(r) > $after
RETURN elementId(r) AS key, type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
ORDER BY key
LIMIT $limit
