// One referral, only for the offender manager of the person referred, the organisation referred to, or the partner
// organisation coordinating the Immediate Justice case it was booked for (or once was, before it was declined or
// withdrawn); the person's id goes only to the offender manager or that coordinator, and the risk flags only those
// that bear on the work.
// (No OPTIONAL MATCH here: Neo4j 3.1 returns null for pattern comprehensions after one.)
MATCH (p:Person)-[:REFERRED]->(r:Referral {id: $id})-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WITH p, r, t, o, size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0 AS supervised,
     size([(r)<-[:BOOKED|WAS_BOOKED]-(:ImmediateJusticeCase)<-[:COORDINATES]-(co:Organisation) WHERE co.id = $coordinatorOrganisationId | co]) > 0 AS coordinated
WHERE supervised OR coordinated OR o.id = $organisationId
RETURN r {.*,
          targetId: t.id, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, organisationId: o.id,
          personId: CASE WHEN supervised OR coordinated THEN p.id ELSE null END, personDisplayName: p.displayName,
          riskFlags: [f IN coalesce(p.riskFlags, []) WHERE f IN CASE WHEN t:Placement THEN $placementFlags ELSE $serviceFlags END],
          needs: [(r)-[:FOR_NEED]->(n:Need) | n {.code, .label}],
          referrer: head([(r)-[:MADE_BY]->(m) | {name: m.name, email: coalesce(m.email, m.contactEmail), phone: coalesce(m.phone, m.contactPhone), url: m.contactUrl}]),
          history: [(r)-[:HAS_EVENT]->(e:ReferralEvent) | e {.*}],
          acceptedAt: head([(r)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'ACCEPT' | e.at]), placementSessions: coalesce(t.sessions, [])} AS row
