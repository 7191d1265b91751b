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
UNWIND r.needs AS code
MATCH (n:Need {code: code})
MERGE (s)-[:ADDRESSES]->(n)
