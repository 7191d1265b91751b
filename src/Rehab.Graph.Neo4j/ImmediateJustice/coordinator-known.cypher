// Whether the practitioner or organisation a token names as coordinator is known to the hub. Without this, taking a case
// for an unknown one would match nothing to tie the case to, and commit only its audit entry.
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})
WITH count(pr) AS practitioners
OPTIONAL MATCH (o:Organisation {id: $coordinatorOrganisationId})
WITH practitioners, count(o) AS organisations
RETURN practitioners + organisations > 0 AS known
