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
UNWIND r.skills AS code
MATCH (s:Strength {code: code})
MERGE (p)-[:USES]->(s)
