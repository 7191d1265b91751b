CREATE CONSTRAINT idempotency_key_id IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.id IS UNIQUE;
CREATE INDEX idempotency_key_expires_at IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.expiresAt);
CALL db.awaitIndexes(60);
