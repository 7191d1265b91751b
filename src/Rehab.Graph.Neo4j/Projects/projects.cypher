// Co-produced projects in the statuses asked for; around a centre, within $radiusKm of it nearest first (the box first, as
// the directory's near searches do), else by title. Connect reads them beside a stored person ($personId), only for
// $practitionerId who supervises them or $coordinatorOrganisationId coordinating a case of theirs (a person out of reach
// finds none): then the centre may be their home ($aroundHome) and, with $needs null, the needs their assessed ones. Members
// come with their offender manager's id, so that the hub shows each caller only the members it may see; the grant is
// what has been awarded and what is left. On 3.1 a pattern comprehension yields null when any variable in scope is null,
// so every one is read before the distance (null without a centre) and the grant (null before the first award) are,
// and the centre travels as a list, never null itself. (Every node of a nested pattern comprehension is labelled: 3.1
// plans an unlabelled one with a matcher that fails on Java 17.)
OPTIONAL MATCH (person:Person {id: $personId})
WHERE (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(person)
   OR (:Organisation {id: $coordinatorOrganisationId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(person)
WITH person
WHERE $personId IS NULL OR person IS NOT NULL
WITH CASE WHEN $aroundHome THEN [person.homeLat, person.homeLon] ELSE [$lat, $lon] END AS centre,
     CASE WHEN $needs IS NOT NULL THEN $needs ELSE [(person)-[:HAS_NEED]->(n:Need) | n.code] END AS focus
// The box that holds the circle, as NearQuery.Box draws it; past a pole it spans every longitude.
WITH focus, centre, $radiusKm / 6371.0 AS angle
WITH focus, centre, degrees(angle) AS dLat, sin(angle) / cos(radians(centre[0])) AS ratio
WITH focus, [centre[0], centre[1], dLat, CASE WHEN ratio >= 1 THEN 180.0 ELSE degrees(asin(ratio)) END] AS c
MATCH (p:Project)
WHERE p.status IN $statuses
  AND (c[0] IS NULL OR (p.lat >= c[0] - c[2] AND p.lat <= c[0] + c[2] AND p.lon >= c[1] - c[3] AND p.lon <= c[1] + c[3]))
  AND ($womenOnly IS NULL OR p.womenOnly = $womenOnly)
  AND ($text IS NULL OR toLower(p.title) CONTAINS $text OR toLower(coalesce(p.aims, '')) CONTAINS $text)
OPTIONAL MATCH (p)-[:ADDRESSES]->(n:Need)
WITH c, focus, p, collect(n {.code, .label}) AS needs
WHERE size(focus) = 0 OR any(n IN needs WHERE n.code IN focus)
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
