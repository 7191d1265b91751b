// A caller's key, unless it has expired. An expired key is deleted here rather than left for pruning, so that the
// write of a new request under the same key does not meet it. Timestamps are fixed-width UTC strings, so comparing
// them as strings orders them in time.
OPTIONAL MATCH (k:IdempotencyKey {id: $id})
WITH k, k.expiresAt <= $now AS expired
FOREACH (old IN CASE WHEN expired THEN [k] ELSE [] END | DELETE old)
WITH k, expired
WHERE k IS NOT NULL AND NOT expired
RETURN k {.requestHash, .attempt, .createdAt, .answerStatus, .answerType, .answerBody} AS key
