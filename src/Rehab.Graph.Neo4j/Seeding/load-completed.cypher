UNWIND $rows AS r
MATCH (p:Person {id: r.personId})
MATCH (pl:Placement {id: r.placementId})
MERGE (p)-[:COMPLETED]->(pl)
