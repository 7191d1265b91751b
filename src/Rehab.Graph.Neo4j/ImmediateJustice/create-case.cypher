// A new Immediate Justice case from a referring organisation, with the person it concerns; not yet on anyone's caseload.
MATCH (o:Organisation {id: $organisationId})
CREATE (p:Person {id: $personId, displayName: $displayName, gender: $gender, birthYear: $birthYear, homeLat: $homeLat, homeLon: $homeLon,
                  languages: $languages, riskFlags: [], email: $email, phone: $phone, postalAddress: $postalAddress})
CREATE (o)-[:REFERRED_CASE]->(c:ImmediateJusticeCase {id: $id, status: 'REFERRED', referrerEmail: $referrerEmail,
                                                      offenceSummary: $offenceSummary, hours: $hours, referredAt: $referredAt})-[:CONCERNS]->(p)
RETURN c.id AS id
