// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
UNWIND $rows AS r
MATCH (a:Person) WHERE id(a) = r.from
MATCH (b:Person) WHERE id(b) = r.to
MERGE (a)-[k:KNOWS]->(b)
SET k.kind = r.kind, k.prosocial = r.prosocial
