// The people a practitioner supervises, by display name; needs and strengths only for the page returned.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person)
WITH p
ORDER BY p.displayName, p.id
WITH collect(p) AS people
RETURN size(people) AS totalCount,
       [p IN people[$skip..$end] | p {.*,
          needs: [(p)-[hn:HAS_NEED]->(n:Need) | n {.code, .label, severity: hn.severity}],
          strengths: [(p)-[:HAS_STRENGTH]->(s:Strength) | s.code],
          contact: CASE WHEN coalesce(p.email, p.phone, p.postalAddress) IS NULL THEN null
                        ELSE {email: p.email, mobilePhone: p.phone, postalAddress: p.postalAddress, notifyBy: p.notifyBy} END}] AS page
