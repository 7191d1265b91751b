// Locks a service for the rest of the transaction and reads it after the lock, so that the version a change
// is checked against cannot change before the change commits. The row has the shape of services-by-id.
MATCH (o:Organisation)-[:OFFERS]->(s:Service {id: $id})
SET s._lock = true
WITH s, o
OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
WITH s, o, collect(n {.code, .label}) AS needs
RETURN {service: s, organisation: o, needs: needs} AS row
