// Services by id whatever their status: the caller decides who may see a closed one.
MATCH (o:Organisation)-[:OFFERS]->(s:Service)
WHERE s.id IN $ids
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
RETURN {service: s, organisation: o, needs: needs} AS row
