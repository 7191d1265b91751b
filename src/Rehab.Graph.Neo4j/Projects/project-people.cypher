// The people named as a project's members, with their gender and offender manager: whether they exist, whether the
// caller reaches them, and whether a women-only project may take them. One row per person found.
MATCH (m:Person)
WHERE m.id IN $personIds
RETURN {personId: m.id, gender: m.gender, offenderManagerId: head([(m)<-[:SUPERVISES]-(pr:Practitioner) | pr.id])} AS person
