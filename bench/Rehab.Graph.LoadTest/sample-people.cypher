// Every $step-th person, so a run visits people all over the region in a fixed order.
MATCH (p:Person)
WITH p ORDER BY p.id
WITH collect(p) AS people
UNWIND range(0, size(people) - 1, $step) AS i
RETURN people[i].id AS id, people[i].homeLat AS lat, people[i].homeLon AS lon
LIMIT $limit
