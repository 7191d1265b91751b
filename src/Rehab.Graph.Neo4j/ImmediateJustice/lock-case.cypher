// Locks a case for the rest of the transaction and reads it after the lock; only for the coordinator (an offender manager, or
// a partner organisation whose coordinators share its cases) who coordinates it, or any coordinator while it has none (to take
// it). The person's channels are for the booking's messages, their home for its distance check.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
WITH o, c, p, [(c)<-[:COORDINATES]-(pr:Practitioner) | pr.id] + [(c)<-[:COORDINATES]-(co:Organisation) | co.id] AS coordinators,
     size([(c)<-[:COORDINATES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) + size([(c)<-[:COORDINATES]-(co:Organisation) WHERE co.id = $coordinatorOrganisationId | co]) > 0 AS mine,
     [(c)-[:BOOKED]->(r:Referral) | r] AS booked
WHERE size(coordinators) = 0 OR mine
SET c._lock = true
RETURN c {.*, email: p.email, phone: p.phone, postalAddress: p.postalAddress, homeLat: p.homeLat, homeLon: p.homeLon, referrerOrganisationId: o.id, personId: p.id, personDisplayName: p.displayName, coordinatorId: head(coordinators),
          referralId: head(booked).id, hoursDone: coalesce(head(booked).hoursDone, 0.0), sessionsMissed: coalesce(head(booked).sessionsMissed, 0)} AS row
