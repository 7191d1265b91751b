// A step agreed for a goal, tied to who helps when they are in the graph and to the referral made for it.
MATCH (g:Goal {id: $goalId})
CREATE (g)-[:HAS_STEP]->(s:PlanStep {id: $id, text: $text, dueBy: $dueBy, status: 'AGREED', supporterKind: $supporterKind, createdAt: $at})
WITH s
OPTIONAL MATCH (sv:Service {id: $supporterId})
OPTIONAL MATCH (pl:Placement {id: $supporterId})
OPTIONAL MATCH (m:Mentor {id: $supporterId})
OPTIONAL MATCH (r:Referral {id: $referralId})
FOREACH (supporter IN [x IN [sv, pl, m] WHERE x IS NOT NULL] | CREATE (s)-[:SUPPORTED_BY]->(supporter))
FOREACH (referral IN CASE WHEN r IS NULL THEN [] ELSE [r] END | CREATE (s)-[:MADE]->(referral))
