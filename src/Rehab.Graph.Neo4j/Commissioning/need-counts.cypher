// Per postcode district and need: the people on probation living there with that assessed need, and how many of
// them are not yet connected to support for it (no open or completed referral for the need, no service addressing
// it that they attend). A declined or withdrawn referral connects no one. With $byAndFor (a community), only the people
// who want that community's own services are counted.
MATCH (p:Person)-[:HAS_NEED]->(n:Need)
WHERE p.postcodeDistrict IS NOT NULL
  AND (size($areas) = 0 OR p.postcodeDistrict IN $areas)
  AND (size($needs) = 0 OR n.code IN $needs)
  AND ($byAndFor IS NULL OR $byAndFor IN coalesce(p.byAndFor, []))
WITH p, n,
     size([(p)-[:REFERRED]->(r:Referral)-[:FOR_NEED]->(n) WHERE r.status IN $connectingStatuses | r])
       + size([(p)-[:ATTENDED]->(:Service)-[:ADDRESSES]->(n) | 1]) > 0 AS connected
WITH p.postcodeDistrict AS area, n, count(p) AS people, sum(CASE WHEN connected THEN 0 ELSE 1 END) AS unmet
ORDER BY area, n.code
RETURN {area: area, code: n.code, label: n.label, people: people, unmet: unmet} AS row
