CREATE INDEX ON :Service(lat);
CREATE INDEX ON :Placement(lat);
CREATE INDEX ON :Mentor(lat);
CREATE INDEX ON :Person(homeLat);
CALL db.awaitIndex(':Service(lat)', 60);
CALL db.awaitIndex(':Placement(lat)', 60);
CALL db.awaitIndex(':Mentor(lat)', 60);
CALL db.awaitIndex(':Person(homeLat)', 60);
