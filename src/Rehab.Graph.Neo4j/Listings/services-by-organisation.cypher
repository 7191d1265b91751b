// An organisation's services as the public directory shows them: a closed service is gone from it.
MATCH (o:Organisation)-[:OFFERS]->(s:Service)
WHERE o.id IN $ids
  AND coalesce(s.status, 'ACTIVE') <> 'CLOSED'
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
ORDER BY s.name, s.id
RETURN {service: s, organisation: o, needs: needs} AS row
