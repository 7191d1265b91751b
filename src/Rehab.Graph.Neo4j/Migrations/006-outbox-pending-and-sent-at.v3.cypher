CREATE INDEX ON :OutboxMessage(sentAt);
CALL db.awaitIndex(':OutboxMessage(sentAt)', 60);
MATCH (m:OutboxMessage) WHERE m.sentAt IS NULL SET m:OutboxPending;
