// A goal and the needs it serves, with $lock its plan locked so that changes to one plan follow each other (the version counts them), with whether the
// caller reaches it: as the person's offender manager, or as the person.
MATCH (p:Person)-[:HAS_PLAN]->(pl:Plan)-[:HAS_GOAL]->(g:Goal {id: $goalId})
FOREACH (_ IN CASE WHEN $lock THEN [1] ELSE [] END | SET pl._lock = true)
RETURN {personId: p.id, goalId: g.id, status: g.status, needs: [(g)-[:SERVES]->(n:Need) | n.code], stepId: null, stepStatus: null,
        reached: p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0} AS locked
