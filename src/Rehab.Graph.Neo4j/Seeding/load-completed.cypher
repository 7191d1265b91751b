UNWIND $rows AS r
MATCH (p:Person {id: r.personId}), (pl:Placement {id: r.placementId})
MERGE (p)-[:COMPLETED]->(pl)
