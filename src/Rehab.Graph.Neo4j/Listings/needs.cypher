// The taxonomy, with how many services the directory lists for each need: closed services are gone from it.
MATCH (n:Need)
OPTIONAL MATCH (n)<-[:ADDRESSES]-(s:Service)
WHERE coalesce(s.status, 'ACTIVE') <> 'CLOSED'
WITH n, count(s) AS serviceCount
ORDER BY n.code
RETURN {code: n.code, label: n.label, serviceCount: serviceCount} AS row
