// For each need: how many services address it within $radiusKm of ($lat, $lon), how many online, and the nearest.
// A closed service is no provision; a paused one still is. With $byAndFor (a community), only the services run by and
// for it count, so a need well served in general can show as a gap for that community.
MATCH (n:Need)
WHERE size($needs) = 0 OR n.code IN $needs
OPTIONAL MATCH (n)<-[:ADDRESSES]-(s:Service)
WHERE coalesce(s.status, 'ACTIVE') <> 'CLOSED'
  AND ($byAndFor IS NULL OR $byAndFor IN coalesce(s.byAndFor, []))
WITH n, s,
     CASE WHEN s.lat IS NULL THEN null
          ELSE 2 * 6371 * asin(sqrt(haversin(radians(s.lat - $lat)) + cos(radians($lat)) * cos(radians(s.lat)) * haversin(radians(s.lon - $lon))))
     END AS km
WITH n,
     sum(CASE WHEN km <= $radiusKm THEN 1 ELSE 0 END) AS withinRadius,
     sum(CASE WHEN s.online = true THEN 1 ELSE 0 END) AS online,
     min(CASE WHEN km <= $radiusKm THEN km END) AS nearestKm
ORDER BY withinRadius, n.code
RETURN {code: n.code, label: n.label, servicesWithinRadius: withinRadius, onlineServices: online, nearestKm: nearestKm} AS row
