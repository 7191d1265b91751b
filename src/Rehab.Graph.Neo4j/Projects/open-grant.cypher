// A project's grant, as a fund of its own: made on the first award (merged alone on its unique id, so concurrent first
// awards meet at one node) and locked, so that awards and spends follow each other and the balance never goes below
// zero; its balance and version read after the lock, with the project's members' offender managers, who approve spends.
// No row for an unknown project. A grant made for a refused entry goes with its rolled-back transaction.
MATCH (p:Project {id: $projectId})
MERGE (f:Fund {id: $fundId})
  ON CREATE SET f.balancePence = 0, f.version = 0, f.createdAt = $at, f.holderKind = 'PROJECT', f.holder = p.id
MERGE (p)-[:HAS_FUND]->(f)
SET f._lock = true
WITH p, f
RETURN {fundId: f.id, projectId: p.id, status: p.status, balancePence: f.balancePence, version: f.version,
        offenderManagerIds: [(m:Person)-[:MEMBER_OF]->(p) | head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])]} AS locked
