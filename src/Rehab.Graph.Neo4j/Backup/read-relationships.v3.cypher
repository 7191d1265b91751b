// A page is a range of internal ids, which Neo4j 3.1 seeks (DirectedRelationshipByIdSeek) where
// "id(r) > $after ORDER BY id(r) LIMIT" scans every relationship for every page.
MATCH (a)-[r]->(b)
WHERE id(r) IN range($first, $last)
RETURN id(r) AS key, type(r) AS type, id(a) AS start, id(b) AS end, properties(r) AS properties
ORDER BY key
