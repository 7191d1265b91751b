// Each item's node, by which later steps find it without an index seek (RegionLoader).
// One map of properties (a null one is removed) keeps the plan shallow enough to EXPLAIN over HTTP.
UNWIND $rows AS r
MATCH (o:Organisation {id: r.organisationId})
MERGE (s:Service {id: r.id})
SET s += {name: r.name, description: r.description, online: r.online, lat: r.lat, lon: r.lon, womenOnly: r.womenOnly, minAge: r.minAge,
          maxAge: r.maxAge, languages: r.languages, unsuitableFor: r.unsuitableFor, capacity: r.capacity, waitingDays: r.waitingDays,
          openingTimes: r.openingTimes, referralRoute: r.referralRoute, addressLines: r.address.lines, town: r.address.town,
          postcode: r.address.postcode, contactName: r.contact.name, contactEmail: r.contact.email, contactPhone: r.contact.phone,
          contactUrl: r.contact.url, byAndFor: r.byAndFor}
MERGE (o)-[:OFFERS]->(s)
WITH s, r
// Every row gives its node back, with needs or without, so that the ties after it find it.
OPTIONAL MATCH (n:Need) WHERE n.code IN r.needs
FOREACH (need IN CASE WHEN n IS NULL THEN [] ELSE [n] END | MERGE (s)-[:ADDRESSES]->(need))
WITH DISTINCT s, r
RETURN r.id AS id, id(s) AS node
