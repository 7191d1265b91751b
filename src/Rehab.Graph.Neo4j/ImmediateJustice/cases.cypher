// The cases an organisation referred, or an offender manager's queue: cases without a coordinator and those they coordinate; oldest first.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase)-[:CONCERNS]->(p:Person)
WHERE $organisationId IS NULL OR o.id = $organisationId
WITH o, c, p, [(c)<-[:COORDINATES]-(pr:Practitioner) | pr.id] AS coordinators, [(c)-[:BOOKED]->(r:Referral) | r] AS booked
WHERE o.id = $organisationId OR ($practitionerId IS NOT NULL AND (size(coordinators) = 0 OR $practitionerId IN coordinators))
WITH o, c, p, coordinators, booked
ORDER BY c.referredAt, c.id
RETURN collect(c {.*, referrerOrganisationId: o.id, personId: p.id, personDisplayName: p.displayName, coordinatorId: head(coordinators),
          referralId: head(booked).id, hoursDone: coalesce(head(booked).hoursDone, 0.0), sessionsMissed: coalesce(head(booked).sessionsMissed, 0)}) AS cases
