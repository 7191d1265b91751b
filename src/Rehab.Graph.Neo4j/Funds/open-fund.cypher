// The person's fund for an allocation, made on the first one (merged alone on its unique id, so concurrent first
// allocations meet at one node) and locked, so that entries to one fund follow each other; then, read after the lock,
// its balance, version and holder (null on a new fund), and what decides a new fund's holder: the person's gender and
// offender manager. No row for an unknown person. A fund whose allocation is refused goes with its rolled-back transaction.
MATCH (p:Person {id: $personId})
MERGE (f:Fund {id: $fundId})
  ON CREATE SET f.balancePence = 0, f.version = 0, f.createdAt = $at
MERGE (p)-[:HAS_FUND]->(f)
SET f._lock = true
WITH p, f
RETURN {fundId: f.id, personId: p.id, balancePence: f.balancePence, version: f.version, holderKind: f.holderKind, holder: f.holder,
        gender: p.gender, offenderManagerId: head([(p)<-[:SUPERVISES]-(pr:Practitioner) | pr.id]), reached: true} AS locked
