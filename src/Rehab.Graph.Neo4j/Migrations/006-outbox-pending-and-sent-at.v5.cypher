CREATE INDEX outbox_message_sent_at IF NOT EXISTS FOR (n:OutboxMessage) ON (n.sentAt);
CALL db.awaitIndexes(60);
MATCH (m:OutboxMessage) WHERE m.sentAt IS NULL SET m:OutboxPending;
