// A person's fund as its entries left it (seed/FORMAT.md, funds.json): who holds it, its balance and version.
UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MERGE (f:Fund {id: r.id})
SET f += {holderKind: r.holderKind, holder: r.holder, balancePence: r.balancePence, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt}
MERGE (p)-[:HAS_FUND]->(f)
