// Writes an organisation as OrganisationRules validated it: a new one, or one locked by lock-organisation.cypher
// whose version was checked. One map of properties (a null one is removed).
MERGE (o:Organisation {id: $id})
SET o += {name: $name, kind: $kind, description: $description, lat: $lat, lon: $lon, website: $website, version: $version,
          addressLines: $addressLines, town: $town, postcode: $postcode, contactName: $contactName,
          contactEmail: $contactEmail, contactPhone: $contactPhone, contactUrl: $contactUrl}
REMOVE o._lock
