// A partner organisation becomes the case's coordinator, for all its users with the coordinator duty. Unlike an offender
// manager it does not come to supervise the person: it reaches them only through the cases it coordinates.
MATCH (c:ImmediateJusticeCase {id: $id})
MATCH (o:Organisation {id: $organisationId})
CREATE (o)-[:COORDINATES]->(c)
REMOVE c._lock
