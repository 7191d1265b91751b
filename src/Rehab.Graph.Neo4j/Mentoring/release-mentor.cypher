// The mentoring ends: the tie becomes a past one (MENTORED, with its dates and why), which the person's network no
// longer counts as a mentor, and the mentor has a place again; lock-mentor.cypher's lock is released.
MATCH (m:Mentor {id: $mentorId})-[t:MENTORS]->(p:Person {id: $personId})
CREATE (m)-[:MENTORED {since: t.since, until: $at, reason: $reason, releasedBy: $actorId}]->(p)
DELETE t
REMOVE m._lock
