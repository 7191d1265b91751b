// The directory's change number lives on one node, and each listing carries the number of the write that last changed
// it, so a hub's in-memory directory reads only what changed since the number it holds.
CREATE CONSTRAINT directory_version_id IF NOT EXISTS FOR (n:DirectoryVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX service_directory_change IF NOT EXISTS FOR (n:Service) ON (n.directoryChange);
CREATE INDEX placement_directory_change IF NOT EXISTS FOR (n:Placement) ON (n.directoryChange);
CREATE INDEX mentor_directory_change IF NOT EXISTS FOR (n:Mentor) ON (n.directoryChange);
