UNWIND $rows AS r
MATCH (m:Mentor {id: r.mentorId})
MATCH (p:Person {id: r.personId})
MERGE (m)-[:MENTORS]->(p)
