// Writes a placement as ListingRules validated it: a new one, with no place filled, under its organisation, or
// one locked by lock-placement.cypher whose version was checked. Filled places are the referrals' to change.
// Its skills become exactly $skills; only the relationships that change are touched, new ones in code order.
// One map of properties (a null one is removed) keeps the plan shallow enough to EXPLAIN over HTTP.
MATCH (o:Organisation {id: $organisationId})
MERGE (p:Placement {id: $id})
ON CREATE SET p.filled = 0
SET p += {title: $title, kind: $kind, description: $description, lat: $lat, lon: $lon, capacity: $capacity, womenOnly: $womenOnly,
          childFacing: $childFacing, unsuitableFor: $unsuitableFor, maxRiskOfHarm: $maxRiskOfHarm, sessions: $sessions,
          supervisor: $supervisor, meetingPoint: $meetingPoint, version: $version,
          addressLines: $addressLines, town: $town, postcode: $postcode, contactName: $contactName,
          contactEmail: $contactEmail, contactPhone: $contactPhone, contactUrl: $contactUrl}
REMOVE p._lock
MERGE (o)-[:HOSTS]->(p)
WITH p
OPTIONAL MATCH (p)-[old:USES]->(st:Strength)
WHERE NOT st.code IN $skills
DELETE old
WITH DISTINCT p
UNWIND $skills AS code
MATCH (st:Strength {code: code})
MERGE (p)-[:USES]->(st)
