MATCH (n)
WHERE NOT n:MigrationLock AND NOT n:DirectoryVersion
RETURN count(n) AS count
