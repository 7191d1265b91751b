// Every node but the migration lease's: that is the state of the hubs running on this database, and a restore's own
// migrations make the target's.
MATCH (n)
WHERE NOT n:MigrationLock AND id(n) > $after
RETURN id(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
LIMIT $limit
