// Co-produced projects (seed/FORMAT.md, projects.json) as createProject and setProjectStatus leave them: the project,
// the needs it serves, the strengths it draws on, and its founders.
UNWIND $rows AS r
MERGE (p:Project {id: r.id})
SET p += {title: r.title, aims: r.aims, kind: r.kind, status: r.status, lat: r.lat, lon: r.lon, womenOnly: r.womenOnly,
          contactEmail: r.contactEmail, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt}
WITH p, r
FOREACH (code IN r.needs | MERGE (n:Need {code: code}) MERGE (p)-[:ADDRESSES]->(n))
FOREACH (code IN r.strengths | MERGE (s:Strength {code: code}) MERGE (p)-[:DRAWS_ON]->(s))
WITH p, r
UNWIND r.members AS member
MATCH (m:Person {id: member.personId})
MERGE (m)-[t:MEMBER_OF]->(p)
SET t.since = member.since, t.founder = member.founder
