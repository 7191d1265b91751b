UNWIND $rows AS r
MERGE (p:Practitioner {id: r.id})
SET p.name = r.name, p.deliveryUnit = r.deliveryUnit, p.email = r.email, p.phone = r.phone
