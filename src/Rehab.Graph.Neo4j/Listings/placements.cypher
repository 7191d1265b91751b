MATCH (o:Organisation)-[:HOSTS]->(p:Placement)
WHERE ($organisationId IS NULL OR o.id = $organisationId)
  AND ($kind IS NULL OR p.kind = $kind)
  AND ($womenOnly IS NULL OR p.womenOnly = $womenOnly)
  AND ($hasSpace IS NULL OR (p.filled < p.capacity) = $hasSpace)
  AND ($text IS NULL OR toLower(p.title) CONTAINS $text OR toLower(coalesce(p.description, '')) CONTAINS $text)
OPTIONAL MATCH (p)-[:USES]->(st:Strength)
WITH p, o, collect(st.code) AS skills
ORDER BY p.title, p.id
WITH collect({placement: p, organisation: o, skills: skills}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
