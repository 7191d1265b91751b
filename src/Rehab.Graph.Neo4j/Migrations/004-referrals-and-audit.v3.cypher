CREATE CONSTRAINT ON (n:Referral) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:AuditEntry) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :AuditEntry(targetId);
CALL db.awaitIndex(':AuditEntry(targetId)', 60);
