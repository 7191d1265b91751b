UNWIND $rows AS r
MERGE (m:Mentor {id: r.id})
SET m.displayName = r.displayName, m.gender = r.gender, m.languages = r.languages, m.capacity = r.capacity,
    m.lat = r.lat, m.lon = r.lon, m.bio = r.bio
WITH m, r
UNWIND r.livedExperience AS code
MATCH (n:Need {code: code})
MERGE (m)-[:HAS_LIVED_EXPERIENCE]->(n)
