// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// A plan's goals, as add-goal.cypher and set-goal-status.cypher leave them, with the needs they serve.
UNWIND $rows AS r
MATCH (pl:Plan) WHERE elementId(pl) = r.planId
MERGE (g:Goal {id: r.id})
SET g += {text: r.text, status: r.status, strengths: r.strengths, proposedBy: r.proposedBy, createdAt: r.createdAt, updatedAt: r.updatedAt}
MERGE (pl)-[:HAS_GOAL]->(g)
WITH g, r
// Every goal gives a row back, with needs or without, so that its steps find it.
OPTIONAL MATCH (n:Need) WHERE n.code IN r.needs
FOREACH (need IN CASE WHEN n IS NULL THEN [] ELSE [n] END | MERGE (g)-[:SERVES]->(need))
WITH DISTINCT g, r
RETURN r.id AS id, elementId(g) AS node
