// Co-produced projects in the statuses asked for; around a centre, within $radiusKm of it nearest first (the box first, as
// the directory's near searches do), else by title. The centre is ($lat, $lon), or with $homeOf the home of that person,
// only for $homePractitionerId who supervises them or $homeCoordinatorId coordinating a case of theirs: connect reads
// the projects around a stored person beside the person, and a person out of reach finds none. Members come with their
// offender manager's id, so that the hub shows each caller only the members it may see; the grant is what has been
// awarded and what is left. On 3.1 a pattern comprehension yields null when any variable in scope is null, so every one
// is read before the distance (null without a centre) and the grant (null before the first award) are, and the centre
// travels as a list, never null itself. (Every node of a nested pattern comprehension is labelled: 3.1 plans an
// unlabelled one with a matcher that fails on Java 17.)
OPTIONAL MATCH (home:Person {id: $homeOf})
WHERE (:Practitioner {id: $homePractitionerId})-[:SUPERVISES]->(home)
   OR (:Organisation {id: $homeCoordinatorId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(home)
WITH CASE WHEN $homeOf IS NULL THEN [$lat, $lon] ELSE [home.homeLat, home.homeLon] END AS centre
WHERE $homeOf IS NULL OR centre[0] IS NOT NULL
// The box that holds the circle, as NearQuery.Box draws it; past a pole it spans every longitude.
WITH centre, $radiusKm / 6371.0 AS angle
WITH centre, degrees(angle) AS dLat, sin(angle) / cos(radians(centre[0])) AS ratio
WITH [centre[0], centre[1], dLat, CASE WHEN ratio >= 1 THEN 180.0 ELSE degrees(asin(ratio)) END] AS c
MATCH (p:Project)
WHERE p.status IN $statuses
  AND (c[0] IS NULL OR (p.lat >= c[0] - c[2] AND p.lat <= c[0] + c[2] AND p.lon >= c[1] - c[3] AND p.lon <= c[1] + c[3]))
  AND ($womenOnly IS NULL OR p.womenOnly = $womenOnly)
  AND ($text IS NULL OR toLower(p.title) CONTAINS $text OR toLower(coalesce(p.aims, '')) CONTAINS $text)
OPTIONAL MATCH (p)-[:ADDRESSES]->(n:Need)
WITH c, p, collect(n {.code, .label}) AS needs
WHERE size($needs) = 0 OR any(n IN needs WHERE n.code IN $needs)
WITH c, p, needs, [(p)-[:DRAWS_ON]->(s:Strength) | s.code] AS strengths,
     [(m:Person)-[t:MEMBER_OF]->(p) | {personId: m.id, displayName: m.displayName, since: t.since, founder: t.founder,
      offenderManagerId: head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])}] AS members
OPTIONAL MATCH (p)-[:HAS_FUND]->(f:Fund)
WITH c, p, needs, strengths, members, coalesce(f.balancePence, 0) AS grantBalancePence,
     CASE WHEN f IS NULL THEN [] ELSE [(f)-[:HAS_ENTRY]->(e:FundEntry) WHERE e.kind = 'ALLOCATION' | e.amountPence] END AS awards
WITH p, needs, strengths, members, grantBalancePence, awards,
     CASE WHEN c[0] IS NULL THEN null
          ELSE 2 * 6371 * asin(sqrt(haversin(radians(p.lat - c[0])) + cos(radians(c[0])) * cos(radians(p.lat)) * haversin(radians(p.lon - c[1])))) END AS km
WHERE km IS NULL OR km <= $radiusKm
WITH p, needs, strengths, members, grantBalancePence, awards, km
ORDER BY km, p.title, p.id
WITH collect({project: p {.*}, needs: needs, distanceKm: km, strengths: strengths, members: members,
              grantPence: reduce(total = 0, amount IN awards | total + amount), grantBalancePence: grantBalancePence}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
