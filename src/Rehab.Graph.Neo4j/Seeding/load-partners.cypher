UNWIND $rows AS r
MATCH (a:Organisation {id: r.from})
MATCH (b:Organisation {id: r.to})
MERGE (a)-[:PARTNERS_WITH]->(b)
