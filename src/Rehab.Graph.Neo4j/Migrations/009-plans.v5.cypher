// Plans: one per person (MERGE on its id relies on the constraint to stay one under concurrent first goals), and
// goals and steps found by id.
CREATE CONSTRAINT plan_id IF NOT EXISTS FOR (n:Plan) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT plan_step_id IF NOT EXISTS FOR (n:PlanStep) REQUIRE n.id IS UNIQUE;
