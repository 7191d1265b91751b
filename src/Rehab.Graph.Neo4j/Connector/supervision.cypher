// Whether the person exists and whether this practitioner supervises them: no row, false or true.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (pr:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
RETURN pr IS NOT NULL AS supervised
