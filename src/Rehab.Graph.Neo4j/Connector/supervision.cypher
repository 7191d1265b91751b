// Whether the person exists and whether this practitioner supervises them, or this partner organisation coordinates an Immediate
// Justice case of theirs: no row, false or true.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
WITH p, pr
OPTIONAL MATCH (co:Organisation {id: $coordinatorOrganisationId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(p)
WITH pr, count(co) AS coordinated
RETURN pr IS NOT NULL OR coordinated > 0 AS supervised
