UNWIND $rows AS r
MERGE (o:Organisation {id: r.id})
SET o.name = r.name, o.kind = r.kind, o.description = r.description, o.lat = r.lat, o.lon = r.lon, o.website = r.website
