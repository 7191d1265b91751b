// A page of every placement by id, for a hub's in-memory directory; a placement no organisation hosts is not listed.
MATCH (p:Placement) WHERE p.id > $after
WITH p ORDER BY p.id LIMIT $batch
RETURN p.id AS id, {
  placement: p,
  organisation: head([(o:Organisation)-[:HOSTS]->(p) | o]),
  skills: [(p)-[:USES]->(st:Strength) | st.code]
} AS row
