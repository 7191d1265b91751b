// The directory's change number lives on one node, and each listing carries the number of the write that last changed
// it, so a hub's in-memory directory reads only what changed since the number it holds.
CREATE CONSTRAINT ON (n:DirectoryVersion) ASSERT n.id IS UNIQUE;
CREATE INDEX ON :Service(directoryChange);
CREATE INDEX ON :Placement(directoryChange);
CREATE INDEX ON :Mentor(directoryChange);
