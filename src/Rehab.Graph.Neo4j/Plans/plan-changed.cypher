// The last statement of every change to a plan: one more version, and the lock taken by lock-goal.cypher or
// lock-step.cypher released.
MATCH (:Person {id: $personId})-[:HAS_PLAN]->(pl:Plan)
SET pl.version = pl.version + 1, pl.updatedAt = $at
REMOVE pl._lock
