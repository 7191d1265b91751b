CREATE CONSTRAINT immediate_justice_case_id IF NOT EXISTS FOR (n:ImmediateJusticeCase) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT certificate_code IF NOT EXISTS FOR (n:Certificate) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT outbox_message_id IF NOT EXISTS FOR (n:OutboxMessage) REQUIRE n.id IS UNIQUE;
CALL db.awaitIndexes(60);
