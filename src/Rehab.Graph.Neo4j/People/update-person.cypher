// A change to a person's record: each part given replaces what is stored (exclusion zones '' clear them; contact
// details given replace all three and the channels chosen, and none given clears them), one more version, and
// lock-person.cypher's lock released; byAndFor [] says they want no community's own services. Needs and strengths are
// replaced by their own statements.
MATCH (p:Person {id: $personId})
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $at,
    p.riskFlags = CASE WHEN $riskFlags IS NULL THEN p.riskFlags ELSE $riskFlags END,
    p.byAndFor = CASE WHEN $byAndFor IS NULL THEN p.byAndFor ELSE $byAndFor END,
    p.exclusionZones = CASE WHEN $exclusionZones IS NULL THEN p.exclusionZones WHEN $exclusionZones = '' THEN null ELSE $exclusionZones END,
    p.homeLat = coalesce($homeLat, p.homeLat), p.homeLon = coalesce($homeLon, p.homeLon),
    p.postcodeDistrict = CASE WHEN $homeLat IS NULL THEN p.postcodeDistrict ELSE $postcodeDistrict END,
    p.email = CASE WHEN $contact IS NULL THEN p.email ELSE $contact.email END,
    p.phone = CASE WHEN $contact IS NULL THEN p.phone ELSE $contact.phone END,
    p.postalAddress = CASE WHEN $contact IS NULL THEN p.postalAddress ELSE $contact.postalAddress END,
    p.notifyBy = CASE WHEN $contact IS NULL THEN p.notifyBy ELSE $contact.notifyBy END
REMOVE p._lock
