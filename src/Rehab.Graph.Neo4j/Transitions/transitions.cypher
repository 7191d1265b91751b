// A person's transitions, newest first, only for the practitioner who supervises them, with who recorded each, who
// handed them over and who took them over, as they are named now.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person {id: $personId})
MATCH (p)-[:WENT_THROUGH]->(t:Transition)
OPTIONAL MATCH (by:Practitioner {id: t.recordedBy})
OPTIONAL MATCH (from:Practitioner {id: t.fromPractitionerId})
OPTIONAL MATCH (to:Practitioner {id: t.toPractitionerId})
RETURN t {.*,
          recordedByPractitioner: CASE WHEN by IS NULL THEN null ELSE by {.id, .name, .deliveryUnit, .email, .phone} END,
          fromPractitioner: CASE WHEN from IS NULL THEN null ELSE from {.id, .name, .deliveryUnit, .email, .phone} END,
          toPractitioner: CASE WHEN to IS NULL THEN null ELSE to {.id, .name, .deliveryUnit, .email, .phone} END} AS transition
ORDER BY t.at DESC, t.id DESC
