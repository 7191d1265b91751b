// Co-produced projects, found by id for node(id), membership and grants.
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
