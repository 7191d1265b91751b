CREATE CONSTRAINT ON (n:IdempotencyKey) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :IdempotencyKey(expiresAt);
CALL db.awaitIndex(':IdempotencyKey(expiresAt)', 60);
