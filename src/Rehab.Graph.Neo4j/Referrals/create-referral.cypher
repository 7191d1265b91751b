// A new referral of a supervised person to a service or placement, with its first history event; a
// placement referral takes one of the places checked under lock-placement.cypher's lock. A partner organisation
// coordinating the person's Immediate Justice case may refer them too (the booking does so). Who made it, the
// practitioner or the coordinating organisation, is tied to it (MADE_BY), so its readers can reach the referrer.
MATCH (p:Person {id: $personId})
WHERE (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
   OR (:Organisation {id: $coordinatorOrganisationId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(p)
OPTIONAL MATCH (s:Service {id: $targetId})
OPTIONAL MATCH (pl:Placement {id: $targetId})
WITH p, coalesce(s, pl) AS t
CREATE (p)-[:REFERRED]->(r:Referral {id: $id, status: 'PENDING', note: $note, hoursOrdered: $hoursOrdered, hoursDone: 0.0,
                                     sessionsAttended: 0, sessionsMissed: 0, createdAt: $at, updatedAt: $at})-[:TO]->(t)
CREATE (r)-[:HAS_EVENT]->(:ReferralEvent {at: $at, action: 'CREATE', status: 'PENDING', actorRole: $actorRole, actorId: $actorId, note: $note})
FOREACH (_ IN CASE WHEN t:Placement THEN [1] ELSE [] END | SET t.filled = coalesce(t.filled, 0) + 1)
REMOVE t._lock
WITH r
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})
OPTIONAL MATCH (co:Organisation {id: $coordinatorOrganisationId})
FOREACH (maker IN [m IN [pr, co] WHERE m IS NOT NULL][0..1] | CREATE (r)-[:MADE_BY]->(maker))
WITH DISTINCT r
UNWIND $needs AS code
MATCH (n:Need {code: code})
CREATE (r)-[:FOR_NEED]->(n)
