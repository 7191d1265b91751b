MATCH (l:MigrationLock {id: $id})
WHERE l.holder = $holder
SET l.holder = null, l.expiresAt = null
