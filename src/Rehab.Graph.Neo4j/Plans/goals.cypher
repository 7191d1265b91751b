// Goals by id with their needs and steps, shaped as plan.cypher shapes them, for the spends on a fund's statement; only
// goals on the plan of a person the caller reaches as their offender manager or as the person. An id the caller does
// not reach, or no goal's, has no row.
// (Every node of a nested pattern comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
UNWIND $ids AS goalId
MATCH (p:Person)-[:HAS_PLAN]->(:Plan)-[:HAS_GOAL]->(g:Goal {id: goalId})
WHERE p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
RETURN g {.id, .text, .status, .strengths, .createdAt, .proposedBy,
  needs: [(g)-[:SERVES]->(n:Need) | n {.code, .label}],
  steps: [(g)-[:HAS_STEP]->(s:PlanStep) | s {.id, .text, .dueBy, .status, .supporterKind, .createdAt,
    supporterId: head([(s)-[:SUPPORTED_BY]->(x:Service) | x.id] + [(s)-[:SUPPORTED_BY]->(x:Placement) | x.id] + [(s)-[:SUPPORTED_BY]->(x:Mentor) | x.id]),
    referralId: head([(s)-[:MADE]->(r:Referral) | r.id]),
    comments: [(s)-[:HAS_COMMENT]->(c:StepComment) | c {.at, .authorRole, .text}]}]} AS goal
