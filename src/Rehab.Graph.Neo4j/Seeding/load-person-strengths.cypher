UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (s:Strength {code: r.code})
MERGE (p)-[:HAS_STRENGTH]->(s)
