// A person's strengths and interests, replaced.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[old:HAS_STRENGTH]->(:Strength)
DELETE old
WITH DISTINCT p
UNWIND $strengths AS code
MERGE (s:Strength {code: code})
CREATE (p)-[:HAS_STRENGTH]->(s)
