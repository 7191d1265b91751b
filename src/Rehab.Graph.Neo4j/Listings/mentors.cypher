MATCH (m:Mentor)
WHERE ($gender IS NULL OR m.gender = $gender)
  AND ($language IS NULL OR $language IN m.languages)
  AND ($organisationId IS NULL OR (m)-[:VOLUNTEERS_WITH]->(:Organisation {id: $organisationId}))
OPTIONAL MATCH (m)-[:HAS_LIVED_EXPERIENCE]->(n:Need)
WITH m, collect(n {.code, .label}) AS livedExperience
WHERE size($livedExperience) = 0 OR any(n IN livedExperience WHERE n.code IN $livedExperience)
OPTIONAL MATCH (m)-[:MENTORS]->(mentee:Person)
WITH m, livedExperience, count(mentee) AS mentees
WHERE $hasSpace IS NULL OR (mentees < m.capacity) = $hasSpace
OPTIONAL MATCH (m)-[:VOLUNTEERS_WITH]->(o:Organisation)
WITH m, livedExperience, mentees, collect(o) AS organisations
ORDER BY m.displayName, m.id
WITH collect({mentor: m, livedExperience: livedExperience, mentees: mentees, organisations: organisations}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
