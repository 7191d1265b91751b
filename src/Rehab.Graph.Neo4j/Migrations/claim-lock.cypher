// Writing every lock node first takes its write lock, so the holders read next are the committed ones and no two
// claims can both find the lease free. Granted when every lock node is free, expired or already ours (a renewal).
MATCH (l:MigrationLock {id: $id})
SET l.claimedAt = $now
WITH collect(l) AS locks
WITH locks, all(l IN locks WHERE l.holder IS NULL OR l.holder = $holder OR l.expiresAt < $now) AS granted
FOREACH (l IN CASE WHEN granted THEN locks ELSE [] END | SET l.holder = $holder, l.expiresAt = $expiresAt)
RETURN granted, [l IN locks WHERE l.holder IS NOT NULL | l.holder][0] AS holder
