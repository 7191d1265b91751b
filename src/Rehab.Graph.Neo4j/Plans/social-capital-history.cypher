// A person's social capital as it was recorded, at each review and each completed referral (record-review.cypher,
// record-snapshot.cypher); only for the person's
// offender manager or the person themselves. Ordered by the caller.
MATCH (p:Person {id: $personId})
WHERE p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
RETURN [(p)-[:HAS_SNAPSHOT]->(sc:SocialCapitalSnapshot) | sc {.at, .bonding, .bridging, .linking, .occasion, .referralId}] AS history
