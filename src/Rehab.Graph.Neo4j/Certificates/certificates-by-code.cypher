// Certificates of completion by their codes: one for the public check, or those a batch of outgoing messages attaches.
MATCH (c:Certificate)
WHERE c.code IN $codes
RETURN c {.code, .caseId, .personDisplayName, .placementTitle, .organisationName, .hours, .completedAt, .referrerOrganisationName} AS certificate
