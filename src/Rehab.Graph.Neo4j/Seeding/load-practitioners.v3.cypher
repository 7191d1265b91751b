// Each item's node, by which later steps find it without an index seek (RegionLoader).
UNWIND $rows AS r
MERGE (p:Practitioner {id: r.id})
SET p.name = r.name, p.deliveryUnit = r.deliveryUnit, p.email = r.email, p.phone = r.phone
RETURN r.id AS id, id(p) AS node
