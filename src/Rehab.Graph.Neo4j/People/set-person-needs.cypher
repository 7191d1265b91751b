// A person's assessed needs, replaced: the old ties go, the given ones come with their severity.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[old:HAS_NEED]->(:Need)
DELETE old
WITH DISTINCT p
UNWIND $needs AS need
MATCH (n:Need {code: need.code})
CREATE (p)-[:HAS_NEED {severity: need.severity}]->(n)
