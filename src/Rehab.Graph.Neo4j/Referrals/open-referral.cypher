// The open referral, if any, of this person to this service or placement.
MATCH (:Person {id: $personId})-[:REFERRED]->(r:Referral)-[:TO]->(t)
WHERE t.id = $targetId AND r.status IN ['PENDING', 'ACCEPTED', 'IN_PROGRESS']
RETURN r.id AS id
