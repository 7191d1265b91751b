// A message its gateway has accepted: sent, and no longer claimed, waiting to be retried or pending.
MATCH (m:OutboxMessage {id: $id})
SET m.sentAt = $sentAt
REMOVE m.claimedBy, m.claimedUntil, m.retryAt, m:OutboxPending
