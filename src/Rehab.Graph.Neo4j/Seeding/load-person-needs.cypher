UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (n:Need {code: r.code})
MERGE (p)-[h:HAS_NEED]->(n)
SET h.severity = r.severity
