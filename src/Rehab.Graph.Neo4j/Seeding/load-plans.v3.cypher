// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// A person's plan as its writes left it (seed/FORMAT.md, plans.json), merged on its unique id.
UNWIND $rows AS r
MATCH (p:Person) WHERE id(p) = r.personId
MERGE (pl:Plan {id: r.id})
SET pl.version = r.version, pl.createdAt = r.createdAt, pl.updatedAt = r.updatedAt
MERGE (p)-[:HAS_PLAN]->(pl)
RETURN r.id AS id, id(pl) AS node
