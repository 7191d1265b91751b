// Deletes up to $batch messages sent before $cutoff: their bodies are personal data, kept no longer than needed.
// Bounded so that one transaction stays small however much has piled up; the caller repeats while batches come
// full. Timestamps are fixed-width UTC strings, so comparing them as strings orders them in time, and the
// index on sentAt finds them without reading the rest. Unsent messages (sentAt null) are never matched.
MATCH (m:OutboxMessage)
WHERE m.sentAt < $cutoff
WITH m
LIMIT $batch
DELETE m
RETURN count(m) AS pruned
