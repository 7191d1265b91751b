// A failed attempt: counted, its error kept for whoever looks at a message that stopped, and the claim given up
// so that a later poll retries it from $retryAt (until the attempts run out).
MATCH (m:OutboxMessage {id: $id})
SET m += {attempts: m.attempts + 1, lastError: $error, lastAttemptAt: $at, retryAt: $retryAt}
REMOVE m.claimedBy, m.claimedUntil
