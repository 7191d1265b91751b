// Whether a person exists, and whether the caller reaches their plan: as their offender manager, or as the person.
MATCH (p:Person {id: $personId})
RETURN p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0 AS reached
