// A stored person, only for the practitioner who supervises them, the partner organisation coordinating an Immediate Justice case of
// theirs or (for their plan's review) the person themselves, with their assessed needs and strengths, and the network bridges and social capital come from: mentors, people they know
// (kind only), what they used, who partners with it, and the projects they co-produce. Their referrals are read beside it, in connect-person-referrals.cypher.
MATCH (p:Person {id: $personId})
WHERE (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p)
   OR (:Organisation {id: $coordinatorOrganisationId})-[:COORDINATES]->(:ImmediateJusticeCase)-[:CONCERNS]->(p)
   OR p.id = $selfId
OPTIONAL MATCH (p)-[hn:HAS_NEED]->(n:Need)
WITH p, collect(n {.code, severity: hn.severity}) AS needs
OPTIONAL MATCH (p)-[:HAS_STRENGTH]->(st:Strength)
WITH p, needs, collect(st.code) AS strengths
OPTIONAL MATCH (p)<-[:MENTORS]-(m:Mentor)
OPTIONAL MATCH (m)-[:VOLUNTEERS_WITH]->(mo:Organisation)
WITH p, needs, strengths, m, collect(mo {.id, .name, .kind}) AS mentorOrganisations
OPTIONAL MATCH (m)-[:HAS_LIVED_EXPERIENCE]->(ml:Need)
WITH p, needs, strengths, m, mentorOrganisations, collect(ml.code) AS lived
WITH p, needs, strengths,
     collect(m {mentorId: m.id, .displayName, livedExperience: lived, organisations: mentorOrganisations}) AS mentors
OPTIONAL MATCH (p)-[k:KNOWS]-(q:Person)
OPTIONAL MATCH (q)-[:ATTENDED]->(qs:Service)
WITH p, needs, strengths, mentors, k, q, collect(qs.id) AS attendedServiceIds
OPTIONAL MATCH (q)-[:COMPLETED]->(qp:Placement)
WITH p, needs, strengths, mentors, k, attendedServiceIds, collect(qp.id) AS completedPlacementIds
WITH p, needs, strengths, mentors,
     collect(k {.kind, prosocial: coalesce(k.prosocial, false), attendedServiceIds: attendedServiceIds, completedPlacementIds: completedPlacementIds}) AS contacts
OPTIONAL MATCH (p)-[:ATTENDED]->(s:Service)<-[:OFFERS]-(so:Organisation)
OPTIONAL MATCH (s)-[:ADDRESSES]->(sn:Need)
WITH p, needs, strengths, mentors, contacts, s, so, collect(sn.code) AS serviceNeeds
WITH p, needs, strengths, mentors, contacts,
     collect(s {serviceId: s.id, .name, organisation: so {.id, .name, .kind}, needs: serviceNeeds}) AS attended
OPTIONAL MATCH (p)-[:COMPLETED]->(c:Placement)<-[:HOSTS]-(co:Organisation)
WITH p, needs, strengths, mentors, contacts, attended,
     collect(c {placementId: c.id, .title, organisation: co {.id, .name, .kind}}) AS completed
OPTIONAL MATCH (p)-[:ATTENDED]->(:Service)<-[:OFFERS]-(ao:Organisation)-[:PARTNERS_WITH]-(po:Organisation)
WITH p, needs, strengths, mentors, contacts, attended, completed, ao, po
WITH p, needs, strengths, mentors, contacts, attended, completed,
     collect(DISTINCT CASE WHEN po IS NULL THEN null ELSE {attended: ao {.id, .name, .kind}, partner: po {.id, .name, .kind}} END) AS partners
RETURN p {.*} AS person, needs, strengths, mentors, contacts, attended, completed, partners,
       [(p)-[:MEMBER_OF]->(pj:Project) WHERE pj.status <> 'CLOSED' | {projectId: pj.id, title: pj.title}] AS projects
