// A person joins a project, decided under the lock lock-project.cypher took, which it releases.
MATCH (p:Project {id: $projectId})
MATCH (m:Person {id: $personId})
CREATE (m)-[:MEMBER_OF {since: $at, founder: false}]->(p)
SET p.version = p.version + 1, p.updatedAt = $at
REMOVE p._lock
