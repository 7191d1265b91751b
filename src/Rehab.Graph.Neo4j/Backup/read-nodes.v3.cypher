MATCH (n)
WHERE id(n) > $after
RETURN id(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
LIMIT $limit
