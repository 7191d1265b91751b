UNWIND $rows AS r
MATCH (p:Person {id: r.personId}), (s:Service {id: r.serviceId})
MERGE (p)-[:ATTENDED]->(s)
