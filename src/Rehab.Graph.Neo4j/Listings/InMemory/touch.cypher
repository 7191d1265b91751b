// A listing write's mark, the last statement of its transaction: the directory's next change number, stamped on every
// listing the write changed (and on an organisation it changed, and every listing of it, which shows the organisation). The
// listings are locked before the number, and the number's lock is held until commit, so numbers are given in commit
// order: a hub that reads number N can trust that every write numbered N or less is visible to it.
OPTIONAL MATCH (s:Service) WHERE s.id IN $services
WITH collect(s) AS services
OPTIONAL MATCH (p:Placement) WHERE p.id IN $placements
WITH services, collect(p) AS placements
OPTIONAL MATCH (m:Mentor) WHERE m.id IN $mentors
WITH services, placements, collect(m) AS mentors
OPTIONAL MATCH (organisation:Organisation {id: $organisation})
OPTIONAL MATCH (organisation)-[:OFFERS|HOSTS|VOLUNTEERS_WITH]-(x)
WITH services, placements, mentors, [o IN collect(DISTINCT organisation) WHERE o IS NOT NULL] AS organisations, collect(x) AS ofOrganisation
WITH services + placements + mentors + ofOrganisation + organisations AS listings
FOREACH (x IN listings | SET x._directoryLock = true)
MERGE (v:DirectoryVersion {id: 'directory'})
// The number is read after its lock is taken, or two writes could read the same one.
SET v._lock = true
WITH listings, v
SET v.number = coalesce(v.number, 0) + 1
REMOVE v._lock
WITH listings, v.number AS number
FOREACH (x IN listings | SET x.directoryChange = number REMOVE x._directoryLock)
RETURN number
