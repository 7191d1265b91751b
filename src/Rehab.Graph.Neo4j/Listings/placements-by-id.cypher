MATCH (o:Organisation)-[:HOSTS]->(p:Placement)
WHERE p.id IN $ids
OPTIONAL MATCH (p)-[:USES]->(st:Strength)
WITH p, o, collect(st.code) AS skills
RETURN {placement: p, organisation: o, skills: skills} AS row
