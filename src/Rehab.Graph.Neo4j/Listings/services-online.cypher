// Online services by name, with the same filters as services: the online index finds them without a scan.
// A service without a status is ACTIVE.
MATCH (s:Service)
WHERE s.online = true
  AND ($womenOnly IS NULL OR s.womenOnly = $womenOnly)
  AND coalesce(s.status, 'ACTIVE') IN $statuses
  AND (size($byAndFor) = 0 OR any(c IN coalesce(s.byAndFor, []) WHERE c IN $byAndFor))
  AND ($text IS NULL OR toLower(s.name) CONTAINS $text OR toLower(coalesce(s.description, '')) CONTAINS $text)
MATCH (o:Organisation)-[:OFFERS]->(s)
WHERE $organisationId IS NULL OR o.id = $organisationId
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
WHERE size($needs) = 0 OR any(n IN needs WHERE n.code IN $needs)
WITH s, o, needs
ORDER BY s.name, s.id
WITH collect({service: s, organisation: o, needs: needs}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
