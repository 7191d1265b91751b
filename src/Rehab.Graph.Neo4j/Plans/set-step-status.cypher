// A step's new status, checked against its old one by the domain under lock-step.cypher's lock.
MATCH (s:PlanStep {id: $stepId})
SET s.status = $status, s.updatedAt = $at
