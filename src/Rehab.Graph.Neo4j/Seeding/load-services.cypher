UNWIND $rows AS r
MATCH (o:Organisation {id: r.organisationId})
MERGE (s:Service {id: r.id})
SET s.name = r.name, s.description = r.description, s.online = r.online, s.lat = r.lat, s.lon = r.lon,
    s.womenOnly = r.womenOnly, s.minAge = r.minAge, s.maxAge = r.maxAge, s.languages = r.languages,
    s.unsuitableFor = r.unsuitableFor, s.capacity = r.capacity, s.waitingDays = r.waitingDays,
    s.openingTimes = r.openingTimes, s.referralRoute = r.referralRoute
MERGE (o)-[:OFFERS]->(s)
WITH s, r
UNWIND r.needs AS code
MATCH (n:Need {code: code})
MERGE (s)-[:ADDRESSES]->(n)
