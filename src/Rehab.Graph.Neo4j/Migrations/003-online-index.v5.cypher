CREATE INDEX service_online IF NOT EXISTS FOR (n:Service) ON (n.online);
CALL db.awaitIndexes(60);
