// Sets the status of a service locked by lock-service.cypher, whose version was checked.
MATCH (s:Service {id: $id})
SET s.status = $status, s.version = $version
REMOVE s._lock
