// The referrals of the people this practitioner supervises, newest first, optionally by status or person, or only the open ones.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person)-[:REFERRED]->(r:Referral)-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WHERE ($status IS NULL OR r.status = $status) AND ($personIds IS NULL OR p.id IN $personIds)
  AND (NOT $openOnly OR r.status IN ['PENDING', 'ACCEPTED', 'IN_PROGRESS'])
WITH p, r, t, o
ORDER BY r.createdAt DESC, r.id
WITH collect(r {.*,
          targetId: t.id, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, organisationId: o.id,
          personId: p.id, personDisplayName: p.displayName,
          riskFlags: [f IN coalesce(p.riskFlags, []) WHERE f IN CASE WHEN t:Placement THEN $placementFlags ELSE $serviceFlags END],
          needs: [(r)-[:FOR_NEED]->(n:Need) | n {.code, .label}],
          referrer: head([(r)-[:MADE_BY]->(m) | {name: m.name, email: coalesce(m.email, m.contactEmail), phone: coalesce(m.phone, m.contactPhone), url: m.contactUrl}]),
          history: [(r)-[:HAS_EVENT]->(e:ReferralEvent) | e {.*}],
          acceptedAt: head([(r)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'ACCEPT' | e.at]), placementSessions: coalesce(t.sessions, [])}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
