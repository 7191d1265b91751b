// Writes a mentor as ListingRules validated them: a new one volunteering with the organisation, or one locked by
// lock-mentor.cypher whose version was checked (their other organisations stay). Their lived experience becomes
// exactly $livedExperience; only the relationships that change are touched, new ones in code order.
MATCH (o:Organisation {id: $organisationId})
MERGE (m:Mentor {id: $id})
SET m += {displayName: $displayName, gender: $gender, languages: $languages, capacity: $capacity, lat: $lat, lon: $lon, bio: $bio,
          version: $version}
REMOVE m._lock
MERGE (m)-[:VOLUNTEERS_WITH]->(o)
WITH m
OPTIONAL MATCH (m)-[old:HAS_LIVED_EXPERIENCE]->(n:Need)
WHERE NOT n.code IN $livedExperience
DELETE old
WITH DISTINCT m
UNWIND $livedExperience AS code
MATCH (n:Need {code: code})
MERGE (m)-[:HAS_LIVED_EXPERIENCE]->(n)
