// Creates a batch of imported services as ListingRules validated them, under their organisation, each addressing
// exactly its needs. Each row's properties are the node's whole property map, id included. The services are new,
// so their relationships are created, not merged: a merge would search the ever denser need and organisation nodes.
MATCH (o:Organisation {id: $organisationId})
UNWIND $rows AS row
CREATE (o)-[:OFFERS]->(s:Service)
SET s = row.properties
WITH s, row
UNWIND row.needs AS code
MATCH (n:Need {code: code})
CREATE (s)-[:ADDRESSES]->(n)
