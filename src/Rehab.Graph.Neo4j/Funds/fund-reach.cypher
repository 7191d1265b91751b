// Whether a person exists, and whether the caller reaches their fund as fund.cypher decides; for a write that found no
// fund to lock, to tell an unknown person from one out of reach and from one with no fund yet.
MATCH (p:Person {id: $personId})
RETURN $everything OR p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
       OR size([(p)-[:HAS_FUND]->(f:Fund) WHERE f.holderKind = 'ORGANISATION' AND f.holder = coalesce($organisationId, '') | f]) > 0 AS reached
