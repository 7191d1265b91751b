// A transition on the person's history, under lock-person.cypher's lock, which it releases: a release or a new home
// moves them there, and every transition is one more version of their record. Where they lived is kept as a postcode
// district only. A change of offender manager is made beside it, by assign-supervision.cypher.
MATCH (p:Person {id: $personId})
CREATE (p)-[:WENT_THROUGH]->(:Transition {id: $id, kind: $kind, on: $on, at: $at, recordedBy: $recordedBy,
                                          fromDistrict: p.postcodeDistrict, toDistrict: coalesce($postcodeDistrict, p.postcodeDistrict),
                                          fromPractitionerId: $fromPractitionerId, toPractitionerId: $toPractitionerId, note: $note,
                                          warningCodes: $warningCodes, warningMessages: $warningMessages})
SET p.version = coalesce(p.version, 0) + 1, p.updatedAt = $at,
    p.homeLat = coalesce($homeLat, p.homeLat), p.homeLon = coalesce($homeLon, p.homeLon),
    p.postcodeDistrict = coalesce($postcodeDistrict, p.postcodeDistrict)
REMOVE p._lock
