// The directory's change number and every listing changed since $since, shaped as the page statements shape them:
// each kind is an index seek on directoryChange, and usually finds nothing.
OPTIONAL MATCH (v:DirectoryVersion {id: 'directory'})
WITH coalesce(v.number, 0) AS number, coalesce(v.reloadFrom, 0) AS reloadFrom
OPTIONAL MATCH (s:Service) WHERE s.directoryChange > $since
WITH number, reloadFrom, collect(CASE WHEN s IS NULL THEN null ELSE {
  service: s,
  organisation: head([(o:Organisation)-[:OFFERS]->(s) | o]),
  needs: [(s)-[:ADDRESSES]->(n:Need) | n {.code, .label}]
} END) AS services
OPTIONAL MATCH (p:Placement) WHERE p.directoryChange > $since
WITH number, reloadFrom, services, collect(CASE WHEN p IS NULL THEN null ELSE {
  placement: p,
  organisation: head([(o:Organisation)-[:HOSTS]->(p) | o]),
  skills: [(p)-[:USES]->(st:Strength) | st.code]
} END) AS placements
OPTIONAL MATCH (m:Mentor) WHERE m.directoryChange > $since
RETURN number, reloadFrom, services, placements, collect(CASE WHEN m IS NULL THEN null ELSE {
  mentor: m,
  livedExperience: [(m)-[:HAS_LIVED_EXPERIENCE]->(n:Need) | n {.code, .label}],
  mentees: size([(m)-[:MENTORS]->(mentee:Person) | mentee]),
  organisations: [(m)-[:VOLUNTEERS_WITH]->(o:Organisation) | o]
} END) AS mentors
