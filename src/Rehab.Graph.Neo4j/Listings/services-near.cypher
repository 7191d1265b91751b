// Services within $radiusKm of ($lat, $lon), nearest first; the box lets Neo4j seek the lat index first.
// A service without a status is ACTIVE.
MATCH (s:Service)
WHERE s.lat >= $minLat AND s.lat <= $maxLat AND s.lon >= $minLon AND s.lon <= $maxLon
  AND ($womenOnly IS NULL OR s.womenOnly = $womenOnly)
  AND ($online IS NULL OR s.online = $online)
  AND coalesce(s.status, 'ACTIVE') IN $statuses
  AND (size($byAndFor) = 0 OR any(c IN coalesce(s.byAndFor, []) WHERE c IN $byAndFor))
  AND ($text IS NULL OR toLower(s.name) CONTAINS $text OR toLower(coalesce(s.description, '')) CONTAINS $text)
WITH s, 2 * 6371 * asin(sqrt(haversin(radians(s.lat - $lat)) + cos(radians($lat)) * cos(radians(s.lat)) * haversin(radians(s.lon - $lon)))) AS km
WHERE km <= $radiusKm
MATCH (o:Organisation)-[:OFFERS]->(s)
WHERE $organisationId IS NULL OR o.id = $organisationId
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, km, collect(n {.code, .label}) AS needs
WHERE size($needs) = 0 OR any(n IN needs WHERE n.code IN $needs)
WITH s, o, km, needs
ORDER BY km, s.name, s.id
WITH collect({service: s, organisation: o, needs: needs, distanceKm: km}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
