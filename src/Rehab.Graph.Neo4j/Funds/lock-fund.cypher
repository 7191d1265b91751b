// The person's fund locked for a spend, so that spends from one fund follow each other and none takes it below zero; its
// balance and version read after the lock, so that an entry committed while this one waited is counted. reached: the
// caller is the person's offender manager, or a partner of the organisation holding the fund. No row when there is no fund.
MATCH (p:Person {id: $personId})-[:HAS_FUND]->(f:Fund)
SET f._lock = true
WITH p, f
RETURN {fundId: f.id, personId: p.id, balancePence: f.balancePence, version: f.version, holderKind: f.holderKind, holder: f.holder,
        reached: size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
                 OR (f.holderKind = 'ORGANISATION' AND f.holder = coalesce($organisationId, ''))} AS locked
