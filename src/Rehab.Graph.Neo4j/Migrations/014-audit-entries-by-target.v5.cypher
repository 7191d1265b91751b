// An audit entry becomes an unlabelled node under its target's (:AuditTarget), as on 3.1 (see the .v3 file): there a
// labelled node's commit refreshes the label scan store and the label's indexes. Entries recorded before move under their
// anchors here, and a second run finds none left to move.
CREATE CONSTRAINT audit_target_id IF NOT EXISTS FOR (n:AuditTarget) REQUIRE n.id IS UNIQUE;
MATCH (a:AuditEntry)
MERGE (t:AuditTarget {id: a.targetId})
CREATE (t)-[:HAS_AUDIT_ENTRY]->(a)
REMOVE a:AuditEntry;
DROP INDEX audit_entry_target IF EXISTS;
DROP CONSTRAINT audit_entry_id IF EXISTS
