// A person's plan as its writes left it (seed/FORMAT.md, plans.json); merged on its unique id.
UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MERGE (pl:Plan {id: r.id})
SET pl.version = r.version, pl.createdAt = r.createdAt, pl.updatedAt = r.updatedAt
MERGE (p)-[:HAS_PLAN]->(pl)
