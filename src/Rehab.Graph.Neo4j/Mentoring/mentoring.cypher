// Whether the mentor mentors the person now.
MATCH (m:Mentor {id: $mentorId})-[t:MENTORS]->(p:Person {id: $personId})
RETURN t.since AS since
