UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (s:Service {id: r.serviceId})
MERGE (p)-[:ATTENDED]->(s)
