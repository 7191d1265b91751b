// One entry on a fund's statement and the balance it leaves, decided under the lock taken by open-fund, lock-fund or
// lock-entry.cypher, which it releases; $seq, one past the version read under that lock, orders the statement. The holder
// is set by the first allocation and kept after. A spend serves a goal; a refund points at its spend and serves its goal.
MATCH (f:Fund {id: $fundId})
SET f.balancePence = $balancePence, f.version = $seq, f.updatedAt = $at,
    f.holderKind = coalesce(f.holderKind, $holderKind), f.holder = coalesce(f.holder, $holder)
REMOVE f._lock
CREATE (f)-[:HAS_ENTRY]->(e:FundEntry {id: $id, at: $at, kind: $kind, amountPence: $amountPence, description: $description,
        approvedBy: $approvedBy, seq: $seq})
WITH e
OPTIONAL MATCH (g:Goal {id: $goalId})
OPTIONAL MATCH (s:FundEntry {id: $refundOf})
FOREACH (goal IN CASE WHEN g IS NULL THEN [] ELSE [g] END | CREATE (e)-[:FOR_GOAL]->(goal))
FOREACH (spend IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (e)-[:REFUNDS]->(spend))
