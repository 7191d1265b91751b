// The referrals to this organisation's services and placements, newest first, optionally by status or only the open ones. Of each
// person only the display name and the risk flags that bear on the work leave the database.
MATCH (o:Organisation {id: $organisationId})-[:OFFERS|HOSTS]->(t)<-[:TO]-(r:Referral)<-[:REFERRED]-(p:Person)
WHERE ($status IS NULL OR r.status = $status) AND (NOT $openOnly OR r.status IN ['PENDING', 'ACCEPTED', 'IN_PROGRESS'])
WITH p, r, t, o
ORDER BY r.createdAt DESC, r.id
WITH collect(r {.*,
          targetId: t.id, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, organisationId: o.id,
          personId: null, personDisplayName: p.displayName,
          riskFlags: [f IN coalesce(p.riskFlags, []) WHERE f IN CASE WHEN t:Placement THEN $placementFlags ELSE $serviceFlags END],
          needs: [(r)-[:FOR_NEED]->(n:Need) | n {.code, .label}],
          referrer: head([(r)-[:MADE_BY]->(m) | {name: m.name, email: coalesce(m.email, m.contactEmail), phone: coalesce(m.phone, m.contactPhone), url: m.contactUrl}]),
          history: [(r)-[:HAS_EVENT]->(e:ReferralEvent) | e {.*}],
          acceptedAt: head([(r)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'ACCEPT' | e.at]), placementSessions: coalesce(t.sessions, [])}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
