// Each item's node, by which later steps find it without an index seek (RegionLoader).
UNWIND $rows AS r
MERGE (m:Mentor {id: r.id})
SET m.displayName = r.displayName, m.gender = r.gender, m.languages = r.languages, m.capacity = r.capacity,
    m.lat = r.lat, m.lon = r.lon, m.bio = r.bio
WITH m, r
// Every row gives its node back, with livedExperience or without, so that the ties after it find it.
OPTIONAL MATCH (n:Need) WHERE n.code IN r.livedExperience
FOREACH (need IN CASE WHEN n IS NULL THEN [] ELSE [n] END | MERGE (m)-[:HAS_LIVED_EXPERIENCE]->(need))
WITH DISTINCT m, r
RETURN r.id AS id, elementId(m) AS node
