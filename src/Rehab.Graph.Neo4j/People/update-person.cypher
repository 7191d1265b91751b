// A change to a person's record: each part given replaces what is stored (exclusion zones '' clear them), one more
// version, and lock-person.cypher's lock released. Needs and strengths are replaced by their own statements.
MATCH (p:Person {id: $personId})
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $at,
    p.riskFlags = CASE WHEN $riskFlags IS NULL THEN p.riskFlags ELSE $riskFlags END,
    p.exclusionZones = CASE WHEN $exclusionZones IS NULL THEN p.exclusionZones WHEN $exclusionZones = '' THEN null ELSE $exclusionZones END,
    p.homeLat = coalesce($homeLat, p.homeLat), p.homeLon = coalesce($homeLon, p.homeLon),
    p.postcodeDistrict = CASE WHEN $homeLat IS NULL THEN p.postcodeDistrict ELSE $postcodeDistrict END
REMOVE p._lock
