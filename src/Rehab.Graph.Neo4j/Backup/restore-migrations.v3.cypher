UNWIND $nodes AS node
MERGE (n:Migration {version: node.properties.version})
SET n = node.properties
RETURN node.key AS key, id(n) AS id
