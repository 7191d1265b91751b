// Locks a referral (and the placement it holds a place in) for the rest of the transaction, so that two
// changes to it run one after the other, and reads its state after the lock: for a placement, also when the referral
// was accepted, the placement's sessions and what is recorded for the session on $sessionDate. Only for the person's
// offender manager, the organisation referred to, or the partner organisation coordinating the Immediate Justice case
// it was booked for. The names, the target's address and line (its own, else its organisation's), and the person's
// contact details are for the notices the change sends. (No OPTIONAL MATCH: Neo4j 3.1 returns null for pattern comprehensions after one, and these must
// come after the lock, so that a change committed while this one waited is seen.)
MATCH (p:Person)-[:REFERRED]->(r:Referral {id: $id})-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WITH p, r, t, o, size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0 AS supervised,
     size([(r)<-[:BOOKED]-(:ImmediateJusticeCase)<-[:COORDINATES]-(co:Organisation) WHERE co.id = $coordinatorOrganisationId | co]) > 0 AS coordinated
WHERE supervised OR o.id = $organisationId OR coordinated
SET r._lock = true
FOREACH (_ IN CASE WHEN t:Placement THEN [1] ELSE [] END | SET t._lock = true)
WITH p, r, t, o, supervised, coordinated, [(r)<-[:BOOKED]-(c:ImmediateJusticeCase) | c] AS cases,
     [(r)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'ACCEPT' | e.at] AS accepted,
     [(r)-[:HAS_SESSION]->(s:ReferralSession) WHERE s.date = $sessionDate | s {.date, .attended, .attendanceRecorded, .hours}] AS logged
RETURN {id: r.id, status: r.status, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, targetId: t.id,
        hoursOrdered: r.hoursOrdered, hoursDone: r.hoursDone, organisationId: o.id, supervised: supervised, coordinated: coordinated,
        safetyBriefed: size(cases) = 0 OR head(cases).briefedAt IS NOT NULL,
        acceptedAt: coalesce(head(accepted), r.createdAt), sessions: coalesce(t.sessions, []), logged: head(logged),
        personId: p.id, personDisplayName: p.displayName, targetTitle: coalesce(t.name, t.title), organisationName: o.name,
        immediateJustice: size(cases) > 0,
        targetAddress: {lines: coalesce(t.addressLines, []), town: t.town, postcode: t.postcode},
        targetContact: CASE WHEN coalesce(t.contactName, t.contactEmail, t.contactPhone, t.contactUrl) IS NULL
                            THEN {email: o.contactEmail, phone: o.contactPhone, url: o.contactUrl}
                            ELSE {name: t.contactName, email: t.contactEmail, phone: t.contactPhone, url: t.contactUrl} END,
        personContact: CASE WHEN coalesce(p.email, p.phone, p.postalAddress) IS NULL THEN null
                            ELSE {email: p.email, mobilePhone: p.phone, postalAddress: p.postalAddress, notifyBy: p.notifyBy} END} AS row
