MATCH (n)
WHERE elementId(n) > $after
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties
ORDER BY key
LIMIT $limit
