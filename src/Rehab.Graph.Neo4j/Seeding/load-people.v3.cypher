// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// Each person's node is returned, by which later steps find them without an index seek.
// byAndFor as updatePerson stores it: the communities' codes, sorted, and no property when the file has none.
UNWIND $rows AS r
MATCH (pr:Practitioner) WHERE id(pr) = r.practitionerId
MERGE (p:Person {id: r.id})
SET p.displayName = r.displayName, p.gender = r.gender, p.birthYear = r.birthYear, p.homeLat = r.homeLat,
    p.homeLon = r.homeLon, p.postcodeDistrict = r.postcodeDistrict, p.languages = r.languages,
    p.riskOfHarm = r.riskOfHarm, p.riskFlags = r.riskFlags, p.byAndFor = r.byAndFor
MERGE (pr)-[:SUPERVISES]->(p)
RETURN r.id AS id, id(p) AS node
