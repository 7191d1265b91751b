// Neo4j 5 only: the server's limits on transactions, which the hub compares with its own at start-up.
SHOW SETTINGS YIELD name, value
WHERE name IN $names
RETURN name, value
