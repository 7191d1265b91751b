// One case, for the organisation that referred it, or for an offender manager when it has no coordinator yet or they coordinate it.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
WITH o, c, p, [(c)<-[:COORDINATES]-(pr:Practitioner) | pr.id] AS coordinators, [(c)-[:BOOKED]->(r:Referral) | r] AS booked
WHERE o.id = $organisationId OR ($practitionerId IS NOT NULL AND (size(coordinators) = 0 OR $practitionerId IN coordinators))
RETURN c {.*, referrerOrganisationId: o.id, personId: p.id, personDisplayName: p.displayName, coordinatorId: head(coordinators),
          referralId: head(booked).id, hoursDone: coalesce(head(booked).hoursDone, 0.0), sessionsMissed: coalesce(head(booked).sessionsMissed, 0)} AS row
