// A page of every mentor by id, for a hub's in-memory directory, with the public fields mentors-near.cypher gives.
MATCH (m:Mentor) WHERE m.id > $after
WITH m ORDER BY m.id LIMIT $batch
RETURN m.id AS id, {
  mentor: m,
  livedExperience: [(m)-[:HAS_LIVED_EXPERIENCE]->(n:Need) | n {.code, .label}],
  mentees: size([(m)-[:MENTORS]->(mentee:Person) | mentee]),
  organisations: [(m)-[:VOLUNTEERS_WITH]->(o:Organisation) | o]
} AS row
