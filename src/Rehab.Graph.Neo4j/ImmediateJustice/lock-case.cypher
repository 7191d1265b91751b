// Locks a case for the rest of the transaction and reads it after the lock; only for an offender manager who coordinates
// it, or any offender manager while it has no coordinator (to take it). The person's channels are for the booking's messages.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
WITH o, c, p, [(c)<-[:COORDINATES]-(pr:Practitioner) | pr.id] AS coordinators, [(c)-[:BOOKED]->(r:Referral) | r] AS booked
WHERE size(coordinators) = 0 OR $practitionerId IN coordinators
SET c._lock = true
RETURN c {.*, email: p.email, phone: p.phone, postalAddress: p.postalAddress, referrerOrganisationId: o.id, personId: p.id, personDisplayName: p.displayName, coordinatorId: head(coordinators),
          referralId: head(booked).id, hoursDone: coalesce(head(booked).hoursDone, 0.0), sessionsMissed: coalesce(head(booked).sessionsMissed, 0)} AS row
