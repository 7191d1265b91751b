// Writes a service as ListingRules validated it: a new one under its organisation, or one locked by
// lock-service.cypher whose version was checked. Its needs become exactly $needs; only the relationships
// that change are touched, and new ones in code order, so that concurrent writes lock needs in one order.
// One map of properties (a null one is removed) keeps the plan shallow enough to EXPLAIN over HTTP.
MATCH (o:Organisation {id: $organisationId})
MERGE (s:Service {id: $id})
SET s += {name: $name, description: $description, online: $online, lat: $lat, lon: $lon, womenOnly: $womenOnly, minAge: $minAge,
          maxAge: $maxAge, languages: $languages, unsuitableFor: $unsuitableFor, capacity: $capacity, waitingDays: $waitingDays,
          openingTimes: $openingTimes, referralRoute: $referralRoute, status: $status, version: $version, byAndFor: $byAndFor,
          addressLines: $addressLines, town: $town, postcode: $postcode, contactName: $contactName,
          contactEmail: $contactEmail, contactPhone: $contactPhone, contactUrl: $contactUrl}
REMOVE s._lock
MERGE (o)-[:OFFERS]->(s)
WITH s
OPTIONAL MATCH (s)-[old:ADDRESSES]->(n:Need)
WHERE NOT n.code IN $needs
DELETE old
WITH DISTINCT s
UNWIND $needs AS code
MATCH (n:Need {code: code})
MERGE (s)-[:ADDRESSES]->(n)
