// Co-produced projects, found by id for node(id), membership and grants.
CREATE CONSTRAINT ON (n:Project) ASSERT n.id IS UNIQUE;
