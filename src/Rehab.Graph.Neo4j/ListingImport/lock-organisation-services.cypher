// Locks an organisation and all its services for the rest of an import's transaction and reads the services after
// the lock, so that two imports into one organisation run one after the other and no other write changes a service
// between the import's checks and its commit. Setting and removing a property takes a node's write lock and leaves
// nothing behind. The rows have the shape of services-by-id.
MATCH (o:Organisation {id: $organisationId})
SET o._lock = true
REMOVE o._lock
WITH o
MATCH (o)-[:OFFERS]->(s:Service)
SET s._lock = true
REMOVE s._lock
WITH s, o
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
RETURN {service: s, organisation: o, needs: needs} AS row
