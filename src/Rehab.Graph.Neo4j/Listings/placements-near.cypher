// Placements within $radiusKm of ($lat, $lon), nearest first.
MATCH (p:Placement)
WHERE p.lat >= $minLat AND p.lat <= $maxLat AND p.lon >= $minLon AND p.lon <= $maxLon
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($womenOnly IS NULL OR p.womenOnly = $womenOnly)
  AND ($hasSpace IS NULL OR (p.filled < p.capacity) = $hasSpace)
  AND ($text IS NULL OR toLower(p.title) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
WITH p, 2 * 6371 * asin(sqrt(haversin(radians(p.lat - $lat)) + cos(radians($lat)) * cos(radians(p.lat)) * haversin(radians(p.lon - $lon)))) AS km
WHERE km <= $radiusKm
MATCH (o:Organisation)-[:HOSTS]->(p)
WHERE $organisationId IS NULL OR o.id = $organisationId
OPTIONAL MATCH (p)-[:USES]->(st:Strength)
WITH p, o, km, collect(st.code) AS skills
ORDER BY km, p.title, p.id
WITH collect({placement: p, organisation: o, skills: skills, distanceKm: km}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
