MATCH (n:Need)
OPTIONAL MATCH (n)<-[:ADDRESSES]-(s:Service)
WITH n, count(s) AS serviceCount
ORDER BY n.code
RETURN {code: n.code, label: n.label, serviceCount: serviceCount} AS row
