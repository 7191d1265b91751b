// Every $step-th person with their practitioner, so a run visits people all over the region in a fixed order.
MATCH (pr:Practitioner)-[:SUPERVISES]->(p:Person)
WITH pr, p ORDER BY p.id
WITH collect({person: p, practitioner: pr.id}) AS people
UNWIND range(0, size(people) - 1, $step) AS i
RETURN people[i].person.id AS id, people[i].person.homeLat AS lat, people[i].person.homeLon AS lon, people[i].practitioner AS practitionerId,
       coalesce(people[i].person.languages, []) AS languages
LIMIT $limit
