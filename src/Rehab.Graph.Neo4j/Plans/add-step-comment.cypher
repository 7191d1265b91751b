// A comment on a step, by the person or their offender manager.
MATCH (s:PlanStep {id: $stepId})
CREATE (s)-[:HAS_COMMENT]->(:StepComment {at: $at, authorRole: $authorRole, text: $text})
