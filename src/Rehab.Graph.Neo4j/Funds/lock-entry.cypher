// An entry's fund locked for a refund, as lock-fund.cypher locks it for a spend; then the entry, its goal, and how much
// has come back from it already, read after the lock. reached as in lock-fund.cypher. No row for an unknown entry.
MATCH (p:Person)-[:HAS_FUND]->(f:Fund)-[:HAS_ENTRY]->(e:FundEntry {id: $entryId})
SET f._lock = true
WITH p, f, e
RETURN {fundId: f.id, personId: p.id, balancePence: f.balancePence, version: f.version, holderKind: f.holderKind, holder: f.holder,
        reached: size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
                 OR (f.holderKind = 'ORGANISATION' AND f.holder = coalesce($organisationId, '')),
        entry: {id: e.id, kind: e.kind, amountPence: e.amountPence, goalId: head([(e)-[:FOR_GOAL]->(g:Goal) | g.id]),
                refundedPence: reduce(total = 0, amount IN [(e)<-[:REFUNDS]-(r:FundEntry) | r.amountPence] | total + amount)}} AS locked
