// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
UNWIND $rows AS r
MATCH (p:Person) WHERE elementId(p) = r.personId
MATCH (pl:Placement) WHERE elementId(pl) = r.placementId
MERGE (p)-[:COMPLETED]->(pl)
