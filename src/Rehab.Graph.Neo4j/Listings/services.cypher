// Services by name, with the same filters as services-near but no distance; a service without a status is ACTIVE.
// $byAndFor (communities) keeps the services run by and for any of them; empty keeps all.
MATCH (o:Organisation)-[:OFFERS]->(s:Service)
WHERE ($womenOnly IS NULL OR s.womenOnly = $womenOnly)
  AND ($online IS NULL OR s.online = $online)
  AND ($text IS NULL OR toLower(s.name) CONTAINS $text OR toLower(coalesce(s.description, '')) CONTAINS $text)
  AND ($organisationId IS NULL OR o.id = $organisationId)
  AND coalesce(s.status, 'ACTIVE') IN $statuses
  AND (size($byAndFor) = 0 OR any(c IN coalesce(s.byAndFor, []) WHERE c IN $byAndFor))
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
WHERE size($needs) = 0 OR any(n IN needs WHERE n.code IN $needs)
WITH s, o, needs
ORDER BY s.name, s.id
WITH collect({service: s, organisation: o, needs: needs}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
