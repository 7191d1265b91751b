// The delivery units offender managers work in, by name: how many of them besides the caller work in each, and whether
// the caller does. Names and counts only, as colleagues.cypher gives them.
MATCH (pr:Practitioner)
WHERE pr.deliveryUnit IS NOT NULL
WITH pr.deliveryUnit AS name,
     sum(CASE WHEN pr.id = $callerId THEN 0 ELSE 1 END) AS colleagues,
     sum(CASE WHEN pr.id = $callerId THEN 1 ELSE 0 END) > 0 AS yours
ORDER BY name
RETURN {name: name, colleagues: colleagues, yours: yours} AS unit
