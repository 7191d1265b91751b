UNWIND $relationships AS relationship
MATCH (a) WHERE id(a) = relationship.start
MATCH (b) WHERE id(b) = relationship.end
CREATE (a)-[r:RESTORED_TYPE]->(b)
SET r = relationship.properties
RETURN count(r) AS created
