// Locks a person's supervision for the rest of the transaction: two assignments of one person cannot interleave, so
// the person always ends with exactly one offender manager. The row names who supervises them now (null if nobody),
// and whether the practitioner to take them over exists.
MATCH (p:Person {id: $personId})
SET p._lock = true
WITH p
OPTIONAL MATCH (current:Practitioner)-[:SUPERVISES]->(p)
OPTIONAL MATCH (next:Practitioner {id: $practitionerId})
RETURN {current: current.id, practitionerExists: next IS NOT NULL} AS row
