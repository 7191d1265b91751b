UNWIND $nodes AS node
CREATE (n:RestoredLabels)
SET n = node.properties
RETURN node.key AS key, elementId(n) AS id
