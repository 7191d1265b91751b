// Co-produced projects in the statuses asked for; with $lat, within $radiusKm of ($lat, $lon) nearest first (the box
// first, as the directory's near searches do), else by title. Members come with their offender manager's id, so that
// the hub shows each caller only the members it may see; the grant is what has been awarded and what is left.
// On 3.1 a pattern comprehension yields null when any variable in scope is null, so every one is read before the
// distance (null without $lat) and the grant (null before the first award) are. (Every node of a nested pattern
// comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
MATCH (p:Project)
WHERE p.status IN $statuses
  AND ($minLat IS NULL OR (p.lat >= $minLat AND p.lat <= $maxLat AND p.lon >= $minLon AND p.lon <= $maxLon))
  AND ($womenOnly IS NULL OR p.womenOnly = $womenOnly)
  AND ($text IS NULL OR toLower(p.title) CONTAINS $text OR toLower(coalesce(p.aims, '')) CONTAINS $text)
OPTIONAL MATCH (p)-[:ADDRESSES]->(n:Need)
WITH p, collect(n {.code, .label}) AS needs
WHERE size($needs) = 0 OR any(n IN needs WHERE n.code IN $needs)
WITH p, needs, [(p)-[:DRAWS_ON]->(s:Strength) | s.code] AS strengths,
     [(m:Person)-[t:MEMBER_OF]->(p) | {personId: m.id, displayName: m.displayName, since: t.since, founder: t.founder,
      offenderManagerId: head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])}] AS members
OPTIONAL MATCH (p)-[:HAS_FUND]->(f:Fund)
WITH p, needs, strengths, members, coalesce(f.balancePence, 0) AS grantBalancePence,
     CASE WHEN f IS NULL THEN [] ELSE [(f)-[:HAS_ENTRY]->(e:FundEntry) WHERE e.kind = 'ALLOCATION' | e.amountPence] END AS awards
WITH p, needs, strengths, members, grantBalancePence, awards,
     CASE WHEN $lat IS NULL THEN null
          ELSE 2 * 6371 * asin(sqrt(haversin(radians(p.lat - $lat)) + cos(radians($lat)) * cos(radians(p.lat)) * haversin(radians(p.lon - $lon)))) END AS km
WHERE km IS NULL OR km <= $radiusKm
WITH p, needs, strengths, members, grantBalancePence, awards, km
ORDER BY km, p.title, p.id
WITH collect({project: p {.*}, needs: needs, distanceKm: km, strengths: strengths, members: members,
              grantPence: reduce(total = 0, amount IN awards | total + amount), grantBalancePence: grantBalancePence}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
