// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// A goal's steps, as add-step.cypher and set-step-status.cypher leave them, tied to who helps when they are in the graph.
UNWIND $rows AS r
MATCH (g:Goal) WHERE id(g) = r.goalId
MERGE (s:PlanStep {id: r.id})
SET s += {text: r.text, dueBy: r.dueBy, status: r.status, supporterKind: r.supporterKind, createdAt: r.createdAt, updatedAt: r.updatedAt}
MERGE (g)-[:HAS_STEP]->(s)
WITH s, r
OPTIONAL MATCH (x) WHERE id(x) = r.supporterId AND (x:Service OR x:Placement OR x:Mentor)
FOREACH (supporter IN CASE WHEN x IS NULL THEN [] ELSE [x] END | MERGE (s)-[:SUPPORTED_BY]->(supporter))
RETURN r.id AS id, id(s) AS node
