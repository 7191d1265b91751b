// A goal with its words and needs, whose plan it is on, and whether the caller reaches that plan: for connect's goalId.
MATCH (p:Person)-[:HAS_PLAN]->(:Plan)-[:HAS_GOAL]->(g:Goal {id: $goalId})
RETURN {personId: p.id, text: g.text, status: g.status, needs: [(g)-[:SERVES]->(n:Need) | n.code],
        reached: p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0} AS goal
