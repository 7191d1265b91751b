// Who a new referral is from, as the organisation's notice names them: the referring practitioner, or, for an
// Immediate Justice booking a partner coordinator makes, the coordinating organisation.
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})
OPTIONAL MATCH (co:Organisation {id: $organisationId})
RETURN coalesce(pr.name, co.name) AS name
