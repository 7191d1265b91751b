// The funds an organisation holds for the women it supports, by her display name: her id and name, the fund with its
// statement, and the goals of hers a partner needs: the ACTIVE ones a spend may be for, and any the statement names.
// $personId, when given, narrows it to one woman (no row when the organisation holds no fund of hers).
// (Every node of a nested pattern comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
MATCH (p:Person)-[:HAS_FUND]->(f:Fund {holder: $organisationId})
WHERE f.holderKind = 'ORGANISATION' AND ($personId IS NULL OR p.id = $personId)
WITH p, f,
     [(f)-[:HAS_ENTRY]->(e:FundEntry) | e {.id, .at, .kind, .amountPence, .description, .approvedBy, .seq,
       goalId: head([(e)-[:FOR_GOAL]->(g:Goal) | g.id]), refundOf: head([(e)-[:REFUNDS]->(s:FundEntry) | s.id])}] AS entries
WITH p, f, entries, [e IN entries WHERE e.goalId IS NOT NULL | e.goalId] AS spentOn
WITH p, f, entries, spentOn
ORDER BY p.displayName, p.id
RETURN {personId: p.id, personName: p.displayName,
        fund: f {.id, .holderKind, .holder, .balancePence, entries: entries},
        goals: [(p)-[:HAS_PLAN]->(:Plan)-[:HAS_GOAL]->(g:Goal) WHERE g.status = 'ACTIVE' OR g.id IN spentOn | g {.id, .text, .status}]} AS held
