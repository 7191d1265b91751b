// One map of properties (a null one is removed) keeps the plan shallow enough to EXPLAIN over HTTP.
UNWIND $rows AS r
MERGE (o:Organisation {id: r.id})
SET o += {name: r.name, kind: r.kind, description: r.description, lat: r.lat, lon: r.lon, website: r.website, addressLines: r.address.lines,
          town: r.address.town, postcode: r.address.postcode, contactName: r.contact.name, contactEmail: r.contact.email,
          contactPhone: r.contact.phone, contactUrl: r.contact.url}
