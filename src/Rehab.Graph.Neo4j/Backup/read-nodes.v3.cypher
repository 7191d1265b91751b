// Every node but the migration lease's: that is the state of the hubs running on this database, and a restore's own
// migrations make the target's. A page is a range of internal ids, which Neo4j 3.1 seeks (NodeByIdSeek) where
// "id(n) > $after ORDER BY id(n) LIMIT" scans every node for every page.
MATCH (n)
WHERE id(n) IN range($first, $last) AND NOT n:MigrationLock
RETURN id(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
