// Mentors within $radiusKm of ($lat, $lon), nearest first. Only public fields leave this statement.
MATCH (m:Mentor)
WHERE m.lat >= $minLat AND m.lat <= $maxLat AND m.lon >= $minLon AND m.lon <= $maxLon
  AND ($gender IS NULL OR m.gender = $gender)
  AND ($language IS NULL OR $language IN m.languages)
  AND ($organisationId IS NULL OR (m)-[:VOLUNTEERS_WITH]->(:Organisation {id: $organisationId}))
WITH m, 2 * 6371 * asin(sqrt(haversin(radians(m.lat - $lat)) + cos(radians($lat)) * cos(radians(m.lat)) * haversin(radians(m.lon - $lon)))) AS km
WHERE km <= $radiusKm
OPTIONAL MATCH (m)-[:HAS_LIVED_EXPERIENCE]->(n:Need)
WITH m, km, collect(n {.code, .label}) AS livedExperience
WHERE size($livedExperience) = 0 OR any(n IN livedExperience WHERE n.code IN $livedExperience)
OPTIONAL MATCH (m)-[:MENTORS]->(mentee:Person)
WITH m, km, livedExperience, count(mentee) AS mentees
WHERE $hasSpace IS NULL OR (mentees < m.capacity) = $hasSpace
OPTIONAL MATCH (m)-[:VOLUNTEERS_WITH]->(o:Organisation)
WITH m, km, livedExperience, mentees, collect(o) AS organisations
ORDER BY km, m.displayName, m.id
WITH collect({mentor: m, livedExperience: livedExperience, mentees: mentees, organisations: organisations, distanceKm: km}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
