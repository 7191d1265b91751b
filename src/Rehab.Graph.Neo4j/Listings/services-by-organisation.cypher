MATCH (o:Organisation)-[:OFFERS]->(s:Service)
WHERE o.id IN $ids
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
ORDER BY s.name, s.id
RETURN {service: s, organisation: o, needs: needs} AS row
