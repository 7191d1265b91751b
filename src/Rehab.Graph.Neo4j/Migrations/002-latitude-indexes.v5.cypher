CREATE INDEX service_lat IF NOT EXISTS FOR (n:Service) ON (n.lat);
CREATE INDEX placement_lat IF NOT EXISTS FOR (n:Placement) ON (n.lat);
CREATE INDEX mentor_lat IF NOT EXISTS FOR (n:Mentor) ON (n.lat);
CREATE INDEX person_home_lat IF NOT EXISTS FOR (n:Person) ON (n.homeLat);
CALL db.awaitIndexes(60);
