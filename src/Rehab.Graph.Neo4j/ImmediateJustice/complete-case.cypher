// Closes a case whose placement is complete and issues its certificate of completion.
MATCH (c:ImmediateJusticeCase {id: $caseId})
SET c.status = 'COMPLETED', c.completedAt = $completedAt, c.certificateCode = $code
CREATE (c)-[:CERTIFIED]->(:Certificate {code: $code, caseId: $caseId, personDisplayName: $personDisplayName, placementTitle: $placementTitle,
                                        organisationName: $organisationName, hours: $hours, completedAt: $completedAt,
                                        referrerOrganisationName: $referrerOrganisationName})
