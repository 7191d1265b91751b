// A message its gateway has accepted: sent, and no longer claimed or waiting to be retried.
MATCH (m:OutboxMessage {id: $id})
SET m.sentAt = $sentAt
REMOVE m.claimedBy, m.claimedUntil, m.retryAt
