UNWIND $rows AS r
MATCH (a:Person {id: r.from})
MATCH (b:Person {id: r.to})
MERGE (a)-[k:KNOWS]->(b)
SET k.kind = r.kind, k.prosocial = r.prosocial
