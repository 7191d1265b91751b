// Each item's node, by which later steps find it without an index seek (RegionLoader).
// One map of properties (a null one is removed) keeps the plan shallow enough to EXPLAIN over HTTP.
UNWIND $rows AS r
MATCH (o:Organisation {id: r.organisationId})
MERGE (p:Placement {id: r.id})
SET p += {title: r.title, kind: r.kind, description: r.description, lat: r.lat, lon: r.lon, capacity: r.capacity, filled: r.filled,
          womenOnly: r.womenOnly, childFacing: r.childFacing, unsuitableFor: r.unsuitableFor, maxRiskOfHarm: r.maxRiskOfHarm,
          sessions: r.sessions, supervisor: r.supervisor, meetingPoint: r.meetingPoint, addressLines: r.address.lines, town: r.address.town, postcode: r.address.postcode,
          contactName: r.contact.name, contactEmail: r.contact.email, contactPhone: r.contact.phone, contactUrl: r.contact.url}
MERGE (o)-[:HOSTS]->(p)
WITH p, r
// Every row gives its node back, with skills or without, so that the ties after it find it.
OPTIONAL MATCH (s:Strength) WHERE s.code IN r.skills
FOREACH (skill IN CASE WHEN s IS NULL THEN [] ELSE [s] END | MERGE (p)-[:USES]->(skill))
WITH DISTINCT p, r
RETURN r.id AS id, elementId(p) AS node
