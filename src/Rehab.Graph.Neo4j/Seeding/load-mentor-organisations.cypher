UNWIND $rows AS r
MATCH (m:Mentor {id: r.mentorId})
MATCH (o:Organisation {id: r.organisationId})
MERGE (m)-[:VOLUNTEERS_WITH]->(o)
