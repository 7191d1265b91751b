// Projects by id, in any status, shaped as projects.cypher shapes them; with $personId instead, the projects that person
// is a member of. Strengths and members are read before the grant, as in projects.cypher: on 3.1 a pattern comprehension
// yields null when any variable in scope is null.
MATCH (p:Project)
WHERE p.id IN $ids OR (p)<-[:MEMBER_OF]-(:Person {id: $personId})
OPTIONAL MATCH (p)-[:ADDRESSES]->(n:Need)
WITH p, collect(n {.code, .label}) AS needs
WITH p, needs, [(p)-[:DRAWS_ON]->(s:Strength) | s.code] AS strengths,
     [(m:Person)-[t:MEMBER_OF]->(p) | {personId: m.id, displayName: m.displayName, since: t.since, founder: t.founder,
      offenderManagerId: head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])}] AS members
OPTIONAL MATCH (p)-[:HAS_FUND]->(f:Fund)
WITH p, needs, strengths, members, f, CASE WHEN f IS NULL THEN [] ELSE [(f)-[:HAS_ENTRY]->(e:FundEntry) WHERE e.kind = 'ALLOCATION' | e.amountPence] END AS awards
ORDER BY p.title, p.id
RETURN {project: p {.*}, needs: needs, distanceKm: null, strengths: strengths, members: members,
        grantPence: reduce(total = 0, amount IN awards | total + amount),
        grantBalancePence: coalesce(f.balancePence, 0)} AS row
