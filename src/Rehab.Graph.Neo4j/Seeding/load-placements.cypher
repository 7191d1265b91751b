UNWIND $rows AS r
MATCH (o:Organisation {id: r.organisationId})
MERGE (p:Placement {id: r.id})
SET p.title = r.title, p.kind = r.kind, p.description = r.description, p.lat = r.lat, p.lon = r.lon,
    p.capacity = r.capacity, p.filled = r.filled, p.womenOnly = r.womenOnly, p.childFacing = r.childFacing,
    p.unsuitableFor = r.unsuitableFor, p.maxRiskOfHarm = r.maxRiskOfHarm, p.sessions = r.sessions,
    p.supervisor = r.supervisor
MERGE (o)-[:HOSTS]->(p)
WITH p, r
UNWIND r.skills AS code
MATCH (s:Strength {code: code})
MERGE (p)-[:USES]->(s)
