// A project's new status, decided under the lock lock-project.cypher took, which it releases.
MATCH (p:Project {id: $projectId})
SET p.status = $status, p.version = p.version + 1, p.updatedAt = $at
REMOVE p._lock
