// The person a transition is checked against, only for the practitioner who supervises them: their record, assessed
// needs and strengths, as connect-person.cypher reads them, without the network (mentors, people they know, what they
// used, partners, projects), which the check reads as their ties in continuing-ties.cypher; and that practitioner as a
// colleague, who records the transition (and hands them over).
MATCH (pr:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person {id: $personId})
OPTIONAL MATCH (p)-[hn:HAS_NEED]->(n:Need)
WITH pr, p, collect(n {.code, severity: hn.severity}) AS needs
OPTIONAL MATCH (p)-[:HAS_STRENGTH]->(st:Strength)
RETURN p {.*} AS person, needs, collect(st.code) AS strengths,
       pr {.id, .name, .deliveryUnit, .email, .phone} AS offenderManager
