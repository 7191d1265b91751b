// Projects' grant statements by project id, oldest entry first; a project with no grant yet has no row.
MATCH (p:Project)-[:HAS_FUND]->(f:Fund)
WHERE p.id IN $ids
RETURN {projectId: p.id, id: f.id, balancePence: f.balancePence,
        entries: [(f)-[:HAS_ENTRY]->(e:FundEntry) | e {.id, .at, .kind, .amountPence, .description, .approvedBy, .seq}]} AS row
