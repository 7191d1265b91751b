// Claims an idempotency key for the write it commits with (WriteClaim): sent ahead of the write's own statements in
// the commit's round trip. The key's id is unique, so a second write under the same key fails here, and Neo4j rolls
// its whole transaction back; a concurrent one waits for the first to commit or roll back, then fails or claims.
CREATE (claim:IdempotencyKey {id: $id, requestHash: $requestHash, attempt: $attempt, createdAt: $createdAt, expiresAt: $expiresAt})
