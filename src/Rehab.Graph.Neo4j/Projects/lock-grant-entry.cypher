// A project's grant locked for a refund, as open-grant.cypher locks it for a spend, found by the entry the refund names;
// then that entry and how much has come back from it already, read after the lock. No row for an entry on no project's
// grant (a personal fund's entries are refunded through lock-entry.cypher).
MATCH (p:Project)-[:HAS_FUND]->(f:Fund)-[:HAS_ENTRY]->(e:FundEntry {id: $entryId})
SET f._lock = true
WITH p, f, e
RETURN {fundId: f.id, projectId: p.id, status: p.status, balancePence: f.balancePence, version: f.version,
        offenderManagerIds: [(m:Person)-[:MEMBER_OF]->(p) | head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])],
        entry: {id: e.id, kind: e.kind, amountPence: e.amountPence, goalId: null,
                refundedPence: reduce(total = 0, amount IN [(e)<-[:REFUNDS]-(r:FundEntry) | r.amountPence] | total + amount)}} AS locked
