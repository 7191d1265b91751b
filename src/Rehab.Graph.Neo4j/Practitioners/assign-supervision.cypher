// Moves the person locked by lock-supervision.cypher to a different offender manager. Their referrals follow them,
// being reached through the SUPERVISES tie; so does the coordination of their Immediate Justice cases that the old
// offender manager held, since coordinating a case means acting on the person's record.
MATCH (p:Person {id: $personId})
MATCH (next:Practitioner {id: $practitionerId})
OPTIONAL MATCH (old:Practitioner)-[co:COORDINATES]->(c:ImmediateJusticeCase)-[:CONCERNS]->(p)
WHERE (old)-[:SUPERVISES]->(p)
FOREACH (_ IN CASE WHEN co IS NULL THEN [] ELSE [1] END | MERGE (next)-[:COORDINATES]->(c) DELETE co)
WITH DISTINCT p, next
OPTIONAL MATCH (:Practitioner)-[s:SUPERVISES]->(p)
DELETE s
WITH DISTINCT p, next
CREATE (next)-[:SUPERVISES]->(p)
REMOVE p._lock
