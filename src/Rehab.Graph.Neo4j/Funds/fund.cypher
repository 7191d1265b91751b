// A person's fund and its statement, for whoever reaches it: the person's offender manager, a partner of the organisation
// holding it, an admin ($everything), or the person. One row per person: reached says whether the caller reaches the
// fund (so a person with no fund is out of a partner's reach), and funds holds it when they do and it exists. A fund
// probation holds is held by whoever is the person's offender manager now.
// (Every node of a nested pattern comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
MATCH (p:Person {id: $personId})
WITH p, [(p)<-[:SUPERVISES]-(pr:Practitioner) | pr.id] AS offenderManagers
WITH p, offenderManagers, $everything OR p.id = coalesce($selfId, '') OR coalesce($practitionerId, '') IN offenderManagers AS personal
WITH p, offenderManagers, personal,
     [(p)-[:HAS_FUND]->(f:Fund) WHERE personal OR (f.holderKind = 'ORGANISATION' AND f.holder = coalesce($organisationId, '')) | f] AS reachable
RETURN personal OR size(reachable) > 0 AS reached,
       [f IN reachable | f {.id, .holderKind, .balancePence,
         holder: CASE WHEN f.holderKind = 'ORGANISATION' THEN f.holder ELSE coalesce(head(offenderManagers), f.holder) END,
         entries: [(f)-[:HAS_ENTRY]->(e:FundEntry) | e {.id, .at, .kind, .amountPence, .description, .approvedBy, .seq,
           goalId: head([(e)-[:FOR_GOAL]->(g:Goal) | g.id]), refundOf: head([(e)-[:REFUNDS]->(s:FundEntry) | s.id])}]}] AS funds
