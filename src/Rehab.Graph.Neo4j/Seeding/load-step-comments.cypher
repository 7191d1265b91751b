// Comments on steps; a comment has no id, so it is merged on what it is: when, by whom, and what it says.
UNWIND $rows AS r
MATCH (s:PlanStep {id: r.stepId})
MERGE (s)-[:HAS_COMMENT]->(:StepComment {at: r.at, authorRole: r.authorRole, text: r.text})
