// Every node but the migration lease's and the directory's change number: they are the state of the hubs running on
// this database, and a restore's own migrations and its last step make the target's.
MATCH (n)
WHERE NOT n:MigrationLock AND NOT n:DirectoryVersion AND elementId(n) > $after
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
LIMIT $limit
