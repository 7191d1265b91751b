// Plans: one per person (MERGE on its id relies on the constraint to stay one under concurrent first goals), and
// goals and steps found by id.
CREATE CONSTRAINT ON (n:Plan) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Goal) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:PlanStep) ASSERT n.id IS UNIQUE;
