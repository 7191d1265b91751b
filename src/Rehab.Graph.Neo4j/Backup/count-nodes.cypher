MATCH (n)
WHERE NOT n:MigrationLock
RETURN count(n) AS count
