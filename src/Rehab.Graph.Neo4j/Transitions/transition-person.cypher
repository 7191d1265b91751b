// The person a transition is checked against, only for the practitioner who supervises them: their record, assessed
// needs and strengths, as connect-person.cypher reads them, without the network (mentors, people they know, what they
// used, partners, projects), which the check reads as their ties in continuing-ties.cypher.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person {id: $personId})
OPTIONAL MATCH (p)-[hn:HAS_NEED]->(n:Need)
WITH p, collect(n {.code, severity: hn.severity}) AS needs
OPTIONAL MATCH (p)-[:HAS_STRENGTH]->(st:Strength)
RETURN p {.*} AS person, needs, collect(st.code) AS strengths
