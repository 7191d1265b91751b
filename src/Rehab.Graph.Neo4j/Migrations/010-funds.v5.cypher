// Funds: one per person (MERGE on its id relies on the constraint to stay one under concurrent first allocations), and
// entries found by id for refunds.
CREATE CONSTRAINT fund_id IF NOT EXISTS FOR (n:Fund) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT fund_entry_id IF NOT EXISTS FOR (n:FundEntry) REQUIRE n.id IS UNIQUE;
