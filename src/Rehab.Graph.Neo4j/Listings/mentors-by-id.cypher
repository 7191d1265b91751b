MATCH (m:Mentor)
WHERE m.id IN $ids
OPTIONAL MATCH (m)-[:HAS_LIVED_EXPERIENCE]->(n:Need)
WITH m, collect(n {.code, .label}) AS livedExperience
OPTIONAL MATCH (m)-[:MENTORS]->(mentee:Person)
WITH m, livedExperience, count(mentee) AS mentees
OPTIONAL MATCH (m)-[:VOLUNTEERS_WITH]->(o:Organisation)
WITH m, livedExperience, mentees, collect(o) AS organisations
RETURN {mentor: m, livedExperience: livedExperience, mentees: mentees, organisations: organisations} AS row
