// The referrals of a stored person, for the same callers as connect-person.cypher, which it is sent beside in one request:
// what connect marks as already referred or completed. Apart from it because that statement's plan is already as deep
// (one level per step) as EXPLAIN's answer can be read.
MATCH (p:Person {id: $personId})
WHERE (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
   OR (:Organisation {id: $coordinatorOrganisationId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(p)
MATCH (p)-[:REFERRED]->(r:Referral)-[:TO]->(t)
RETURN {referralId: r.id, targetId: t.id, status: r.status, createdAt: r.createdAt, updatedAt: r.updatedAt} AS referral
