// A new goal on the person's plan, made with the plan on the first goal or review; the plan is one per person
// (merged alone on its unique id, so concurrent first goals meet at one node) and locked, so that plan-changed.cypher
// counts each change once.
MATCH (p:Person {id: $personId})
MERGE (pl:Plan {id: $planId})
  ON CREATE SET pl.version = 0, pl.createdAt = $at
MERGE (p)-[:HAS_PLAN]->(pl)
SET pl._lock = true
CREATE (pl)-[:HAS_GOAL]->(g:Goal {id: $id, text: $text, status: $status, strengths: $strengths, createdAt: $at, proposedBy: $proposedBy})
WITH g
UNWIND $needs AS code
MATCH (n:Need {code: code})
CREATE (g)-[:SERVES]->(n)
