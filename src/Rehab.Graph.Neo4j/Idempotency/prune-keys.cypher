// Deletes up to $batch keys whose retention has run out, found by the index on expiresAt. Bounded so that one
// transaction stays small however many have piled up; the caller repeats while batches come full.
MATCH (k:IdempotencyKey)
WHERE k.expiresAt <= $now
WITH k
LIMIT $batch
DELETE k
RETURN count(k) AS pruned
