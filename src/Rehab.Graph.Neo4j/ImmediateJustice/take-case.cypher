// The offender manager becomes the case's coordinator and the person's supervisor, so connect and referrals work for them.
MATCH (c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
MATCH (pr:Practitioner {id: $practitionerId})
CREATE (pr)-[:COORDINATES]->(c)
MERGE (pr)-[:SUPERVISES]->(p)
REMOVE c._lock
