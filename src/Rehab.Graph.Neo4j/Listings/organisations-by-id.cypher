MATCH (o:Organisation)
WHERE o.id IN $ids
RETURN o AS row
