// Writing every lock node first takes its write lock, so the holders read next are the committed ones and no two
// claims can both find the lease free. Granted when every lock node is free, expired or already ours (a renewal).
// The server's clock, not the hubs': hubs whose clocks disagree still agree on when a lease has expired.
MATCH (l:MigrationLock {id: $id})
SET l.claimedAt = timestamp()
WITH collect(l) AS locks
WITH locks, all(l IN locks WHERE l.holder IS NULL OR l.holder = $holder OR l.expiresAt < timestamp()) AS granted
FOREACH (l IN CASE WHEN granted THEN locks ELSE [] END | SET l.holder = $holder, l.expiresAt = timestamp() + $leaseMs)
RETURN granted, [l IN locks WHERE l.holder IS NOT NULL | l.holder][0] AS holder
