// A plan's goals, as add-goal.cypher and set-goal-status.cypher leave them, with the needs they serve.
UNWIND $rows AS r
MATCH (pl:Plan {id: r.planId})
MERGE (g:Goal {id: r.id})
SET g += {text: r.text, status: r.status, strengths: r.strengths, proposedBy: r.proposedBy, createdAt: r.createdAt, updatedAt: r.updatedAt}
MERGE (pl)-[:HAS_GOAL]->(g)
WITH g, r
UNWIND r.needs AS code
MATCH (n:Need {code: code})
MERGE (g)-[:SERVES]->(n)
