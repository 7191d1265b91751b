// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// Comments on steps. A comment has no id, so it is merged on what it is: when, by whom, and what it says. The comment
// is merged without its label and labelled after, so the merge can only look among the step's own comments: with the
// label, Neo4j 3.1 planned it (while the label was still empty) as a scan of every StepComment for each row, and the
// load grew with the square of the comments (a minute and more per batch of the regional set's 33,000).
UNWIND $rows AS r
MATCH (s:PlanStep) WHERE id(s) = r.stepId
MERGE (s)-[:HAS_COMMENT]->(c {at: r.at, authorRole: r.authorRole, text: r.text})
SET c:StepComment
