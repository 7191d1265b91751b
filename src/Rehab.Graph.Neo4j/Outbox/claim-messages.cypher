// Claims up to $batch unsent messages, oldest first, for one dispatcher until $claimedUntil. The write lock
// (_lock) is taken before the message is checked again, so when two hubs poll at once the second waits for
// the first to commit and then sees its claim: a message is claimed by one dispatcher at a time. A claim
// lapses, so the messages of a hub that dies while sending go out with a later poll (at least once).
// It starts from OutboxPending, not OutboxMessage, so that its cost follows the unsent messages, not every one
// ever sent.
MATCH (m:OutboxPending)
WHERE m.sentAt IS NULL AND m.attempts < $maxAttempts AND coalesce(m.claimedUntil, '') < $now AND coalesce(m.retryAt, '') <= $now
WITH m
ORDER BY m.createdAt, m.id
LIMIT $batch
SET m._lock = true
REMOVE m._lock
WITH m
WHERE m.sentAt IS NULL AND m.attempts < $maxAttempts AND coalesce(m.claimedUntil, '') < $now AND coalesce(m.retryAt, '') <= $now
SET m += {claimedBy: $dispatcher, claimedUntil: $claimedUntil}
WITH m
ORDER BY m.createdAt, m.id
RETURN m {.id, .channel, .recipient, .subject, .body, .createdAt, .certificateCode, .attempts} AS message
