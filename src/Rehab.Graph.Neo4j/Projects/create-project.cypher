// A new co-produced project with its needs, the strengths it draws on and its founders, PROPOSED until it runs. The
// people were read and checked in the same transaction (project-people.cypher).
CREATE (p:Project {id: $id, title: $title, aims: $aims, kind: $kind, status: 'PROPOSED', lat: $lat, lon: $lon, womenOnly: $womenOnly,
                   contactName: $contactName, contactEmail: $contactEmail, contactPhone: $contactPhone, contactUrl: $contactUrl,
                   createdAt: $at, updatedAt: $at, version: 1, createdBy: $actorId})
WITH p
OPTIONAL MATCH (n:Need) WHERE n.code IN $needs
FOREACH (need IN CASE WHEN n IS NULL THEN [] ELSE [n] END | CREATE (p)-[:ADDRESSES]->(need))
WITH DISTINCT p
OPTIONAL MATCH (s:Strength) WHERE s.code IN $strengths
FOREACH (strength IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (p)-[:DRAWS_ON]->(strength))
WITH DISTINCT p
MATCH (m:Person) WHERE m.id IN $memberIds
CREATE (m)-[:MEMBER_OF {since: $at, founder: true}]->(p)
