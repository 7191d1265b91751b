CREATE INDEX ON :Service(online);
CALL db.awaitIndex(':Service(online)', 60);
