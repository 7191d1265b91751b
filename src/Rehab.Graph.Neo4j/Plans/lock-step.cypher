// A step with its goal, the plan locked as lock-goal.cypher does, with whether the caller reaches it.
MATCH (p:Person)-[:HAS_PLAN]->(pl:Plan)-[:HAS_GOAL]->(g:Goal)-[:HAS_STEP]->(s:PlanStep {id: $stepId})
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET pl._lock = true)
RETURN {personId: p.id, goalId: g.id, status: g.status, needs: [(g)-[:SERVES]->(n:Need) | n.code], stepId: s.id, stepStatus: s.status,
        reached: p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0} AS locked
