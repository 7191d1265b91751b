// A page of every service by id, for a hub's in-memory directory; a service no organisation offers is not listed.
MATCH (s:Service) WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $batch
RETURN s.id AS id, {
  service: s,
  organisation: head([(o:Organisation)-[:OFFERS]->(s) | o]),
  needs: [(s)-[:ADDRESSES]->(n:Need) | n {.code, .label}]
} AS row
