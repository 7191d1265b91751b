// Changes a batch of an organisation's stored services, locked by lock-organisation-services.cypher, to what an import
// read for them. Each row's properties are the node's whole property map (a null one is removed). Only the needs that
// change are touched: row.removedNeeds and row.addedNeeds, found against the locked read, so no relationship is
// merged against the ever denser need nodes. The id has a name of its own because Neo4j 3.1 seeks an index by a
// variable but scans the whole index, for every row, by a map's property.
UNWIND $rows AS row
WITH row, row.id AS id
MATCH (s:Service {id: id})
SET s += row.properties
WITH s, row
OPTIONAL MATCH (s)-[old:ADDRESSES]->(gone:Need)
WHERE gone.code IN row.removedNeeds
DELETE old
WITH DISTINCT s, row.addedNeeds AS addedNeeds
UNWIND addedNeeds AS code
MATCH (n:Need {code: code})
CREATE (s)-[:ADDRESSES]->(n)
