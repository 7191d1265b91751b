// A person's record, only for the practitioner who supervises them.
MATCH (:Practitioner {id: $practitionerId})-[:SUPERVISES]->(p:Person {id: $personId})
RETURN p {.*,
          needs: [(p)-[hn:HAS_NEED]->(n:Need) | n {.code, .label, severity: hn.severity}],
          strengths: [(p)-[:HAS_STRENGTH]->(s:Strength) | s.code],
          contact: CASE WHEN coalesce(p.email, p.phone, p.postalAddress) IS NULL THEN null
                        ELSE {email: p.email, mobilePhone: p.phone, postalAddress: p.postalAddress, notifyBy: p.notifyBy} END} AS row
