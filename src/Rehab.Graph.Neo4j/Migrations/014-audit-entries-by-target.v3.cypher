// An audit entry becomes an unlabelled node under its target's (:AuditTarget): on 3.1 a commit that writes a labelled
// node refreshes the label scan store and every schema index of that label (about 11 ms for an AuditEntry with its two
// indexes), where an unlabelled node under an existing anchor commits in about 1 ms. The anchor is found by its unique
// id, so the trail of one item is still an index seek. Entries recorded before move under their anchors here, and a
// second run finds none left to move. The AuditEntry index and constraint stay, empty and never written again: 3.1 has
// no DROP ... IF EXISTS, and a migration must be safe to run twice.
CREATE CONSTRAINT ON (n:AuditTarget) ASSERT n.id IS UNIQUE;
MATCH (a:AuditEntry)
MERGE (t:AuditTarget {id: a.targetId})
CREATE (t)-[:HAS_AUDIT_ENTRY]->(a)
REMOVE a:AuditEntry
