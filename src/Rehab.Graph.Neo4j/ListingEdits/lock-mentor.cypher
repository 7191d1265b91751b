// Locks a mentor for the rest of the transaction and reads them after the lock, so that the version a change
// is checked against cannot change before the change commits. The row has the shape of mentors-by-id.
MATCH (m:Mentor {id: $id})
SET m._lock = true
WITH m
OPTIONAL MATCH (m)-[:HAS_LIVED_EXPERIENCE]->(n:Need)
WITH m, collect(n {.code, .label}) AS livedExperience
OPTIONAL MATCH (m)-[:MENTORS]->(mentee:Person)
WITH m, livedExperience, count(mentee) AS mentees
OPTIONAL MATCH (m)-[:VOLUNTEERS_WITH]->(o:Organisation)
WITH m, livedExperience, mentees, collect(o) AS organisations
RETURN {mentor: m, livedExperience: livedExperience, mentees: mentees, organisations: organisations} AS row
