// A person's transitions, newest first, only for the practitioner who supervises them.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person {id: $personId})
MATCH (p)-[:WENT_THROUGH]->(t:Transition)
RETURN t {.*} AS transition
ORDER BY t.at DESC, t.id DESC
