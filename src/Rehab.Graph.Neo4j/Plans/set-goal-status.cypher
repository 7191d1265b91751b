// A goal's new status, checked against its old one by the domain under lock-goal.cypher's lock.
MATCH (g:Goal {id: $goalId})
SET g.status = $status, g.updatedAt = $at
