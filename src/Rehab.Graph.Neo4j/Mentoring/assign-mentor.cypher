// The mentor takes the person on (since now), and lock-mentor.cypher's lock is released; their spare capacity is one less.
MATCH (m:Mentor {id: $mentorId})
MATCH (p:Person {id: $personId})
CREATE (m)-[:MENTORS {since: $at, assignedBy: $actorId}]->(p)
REMOVE m._lock
