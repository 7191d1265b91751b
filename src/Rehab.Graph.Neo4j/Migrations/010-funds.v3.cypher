// Funds: one per person (MERGE on its id relies on the constraint to stay one under concurrent first allocations), and
// entries found by id for refunds.
CREATE CONSTRAINT ON (n:Fund) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:FundEntry) ASSERT n.id IS UNIQUE;
