UNWIND $rows AS r
MATCH (p:Person {id: r.personId}), (s:Strength {code: r.code})
MERGE (p)-[:HAS_STRENGTH]->(s)
