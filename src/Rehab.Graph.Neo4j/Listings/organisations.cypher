MATCH (o:Organisation)
WHERE ($kind IS NULL OR o.kind = $kind)
  AND ($text IS NULL OR toLower(o.name) CONTAINS $text OR toLower(coalesce(o.description, '')) CONTAINS $text)
WITH o
ORDER BY o.name, o.id
WITH collect(o) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
