// One case, for the organisation that referred it, or for a coordinator (an offender manager, or a partner organisation with
// coordinators) when it has no coordinator yet or they coordinate it. Coordinators are told apart by label as well as id.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
WITH o, c, p, [(c)<-[:COORDINATES]-(pr:Practitioner) | pr.id] + [(c)<-[:COORDINATES]-(co:Organisation) | co.id] AS coordinators,
     size([(c)<-[:COORDINATES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) + size([(c)<-[:COORDINATES]-(co:Organisation) WHERE co.id = $coordinatorOrganisationId | co]) > 0 AS mine,
     [(c)-[:BOOKED]->(r:Referral) | r] AS booked
WHERE o.id = $organisationId OR (($practitionerId IS NOT NULL OR $coordinatorOrganisationId IS NOT NULL) AND (size(coordinators) = 0 OR mine))
RETURN c {.*, referrerOrganisationId: o.id, personId: p.id, personDisplayName: p.displayName, coordinatorId: head(coordinators),
          referralId: head(booked).id, hoursDone: coalesce(head(booked).hoursDone, 0.0), sessionsMissed: coalesce(head(booked).sessionsMissed, 0),
          personEmail: p.email, personPhone: p.phone, personPostalAddress: p.postalAddress,
          referrer: {name: o.name, email: c.referrerEmail, phone: o.contactPhone, url: o.contactUrl}} AS row
