// A failed attempt: counted, its error kept for whoever looks at a message that stopped, and the claim given up
// so that a later poll retries it from $retryAt (until the attempts run out). The last attempt takes it off
// OutboxPending: no claim would take it again, so it should not be read by every claim either.
MATCH (m:OutboxMessage {id: $id})
SET m += {attempts: m.attempts + 1, lastError: $error, lastAttemptAt: $at, retryAt: $retryAt}
REMOVE m.claimedBy, m.claimedUntil
WITH m
WHERE m.attempts >= $maxAttempts
REMOVE m:OutboxPending
