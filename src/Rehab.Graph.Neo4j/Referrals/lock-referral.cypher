// Locks a referral (and the placement it holds a place in) for the rest of the transaction, so that two
// changes to it run one after the other, and reads its state after the lock. Only for the person's offender
// manager or the organisation referred to. (The case is read before the OPTIONAL MATCH: Neo4j 3.1 returns
// null for pattern comprehensions after one.)
MATCH (p:Person)-[:REFERRED]->(r:Referral {id: $id})-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WITH p, r, t, o, [(r)<-[:BOOKED]-(c:ImmediateJusticeCase) | c] AS cases
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
WITH r, t, o, pr, cases
WHERE pr IS NOT NULL OR o.id = $organisationId
SET r._lock = true
FOREACH (_ IN CASE WHEN t:Placement THEN [1] ELSE [] END | SET t._lock = true)
RETURN {id: r.id, status: r.status, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END,
        hoursOrdered: r.hoursOrdered, hoursDone: r.hoursDone, organisationId: o.id, supervised: pr IS NOT NULL,
        caseId: head(cases).id, safetyBriefed: size(cases) = 0 OR head(cases).briefedAt IS NOT NULL} AS row
