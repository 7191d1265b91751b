UNWIND $relationships AS relationship
MATCH (a) WHERE elementId(a) = relationship.start
MATCH (b) WHERE elementId(b) = relationship.end
CREATE (a)-[r:RESTORED_TYPE]->(b)
SET r = relationship.properties
RETURN count(r) AS created
