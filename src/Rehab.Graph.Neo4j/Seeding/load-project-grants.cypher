// Projects' grants (projects.json's grant) as awardGrant and spendFromGrant leave them: a fund of the project's own and
// its entries.
UNWIND $rows AS r
MATCH (p:Project {id: r.projectId})
MERGE (f:Fund {id: r.id})
SET f += {holderKind: 'PROJECT', holder: r.projectId, balancePence: r.balancePence, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt}
MERGE (p)-[:HAS_FUND]->(f)
WITH f, r
UNWIND r.entries AS e
MERGE (entry:FundEntry {id: e.id})
SET entry += {at: e.at, kind: e.kind, amountPence: e.amountPence, description: e.description, approvedBy: e.approvedBy, seq: e.seq}
MERGE (f)-[:HAS_ENTRY]->(entry)
