// Every node but the migration lease's and the directory's change number: they are the state of the hubs running on
// this database, and a restore's own migrations and its last step make the target's. A page is a range of internal
// ids, which Neo4j 3.1 seeks (NodeByIdSeek) where "id(n) > $after ORDER BY id(n) LIMIT" scans every node for every page.
MATCH (n)
WHERE id(n) IN range($first, $last) AND NOT n:MigrationLock AND NOT n:DirectoryVersion
RETURN id(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
