// A goal of the person's own plan, with its status; no row when the plan has no such goal.
MATCH (:Person {id: $personId})-[:HAS_PLAN]->(:Plan)-[:HAS_GOAL]->(g:Goal {id: $goalId})
RETURN g.status AS status
