// A person's own referrals, newest first, as they see them: no notes, risk flags or history (see OwnReferral).
MATCH (p:Person {id: $personId})-[:REFERRED]->(r:Referral)-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WITH r, t, o
ORDER BY r.createdAt DESC, r.id
RETURN collect(r {.id, .status, .createdAt, .hoursOrdered, .hoursDone, .sessionsAttended, .sessionsMissed,
          targetId: t.id, targetKind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, organisationId: o.id,
          acceptedAt: head([(r)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'ACCEPT' | e.at]), placementSessions: coalesce(t.sessions, [])}) AS referrals
