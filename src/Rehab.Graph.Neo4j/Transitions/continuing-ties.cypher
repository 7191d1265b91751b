// What goes with a person through a transition (read after connect-person.cypher has found them on the caller's
// caseload): their open referrals, the services they attend, their mentors and the projects they are in that are not
// closed; the organisations their mentors volunteer with; and, by the kind of tie only, the people they know with a
// prosocial tie who go to the same places.
MATCH (p:Person {id: $personId})
RETURN {
  referrals: [(p)-[:REFERRED]->(r:Referral)-[:TO]->(t) WHERE r.status IN ['PENDING', 'ACCEPTED', 'IN_PROGRESS'] |
              {kind: CASE WHEN t:Placement THEN 'PLACEMENT' ELSE 'SERVICE' END, id: t.id, how: r.status, since: r.createdAt}],
  attended: [(p)-[:ATTENDED]->(s:Service) | {kind: 'SERVICE', id: s.id, how: 'ATTENDS', since: null}],
  mentors: [(p)<-[m:MENTORS]-(mn:Mentor) | {kind: 'MENTOR', id: mn.id, how: 'MENTOR', since: m.since}],
  projects: [(p)-[m:MEMBER_OF]->(j:Project) WHERE j.status <> 'CLOSED' | {kind: 'PROJECT', id: j.id, how: 'MEMBER', since: m.since}],
  mentorOrganisations: [(p)<-[:MENTORS]-(mn:Mentor)-[:VOLUNTEERS_WITH]->(o:Organisation) |
                        {mentorName: mn.displayName, organisationId: o.id, organisationName: o.name}],
  contacts: [(p)-[k:KNOWS]-(:Person)-[u:ATTENDED|COMPLETED|MEMBER_OF]->(x) WHERE k.prosocial = true |
             {kind: k.kind, targetId: x.id, tie: type(u)}]
} AS ties
