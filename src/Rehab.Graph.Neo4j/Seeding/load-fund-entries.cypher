// A fund's entries, as record-entry.cypher leaves them, a spend or refund tied to its goal. Refunds are tied to their
// spends by load-fund-refunds.cypher, once every entry exists.
UNWIND $rows AS r
MATCH (f:Fund {id: r.fundId})
MERGE (e:FundEntry {id: r.id})
SET e += {at: r.at, kind: r.kind, amountPence: r.amountPence, description: r.description, approvedBy: r.approvedBy, seq: r.seq}
MERGE (f)-[:HAS_ENTRY]->(e)
WITH e, r
OPTIONAL MATCH (g:Goal {id: r.goalId})
FOREACH (goal IN CASE WHEN g IS NULL THEN [] ELSE [g] END | MERGE (e)-[:FOR_GOAL]->(goal))
