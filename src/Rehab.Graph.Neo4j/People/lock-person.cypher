// A person locked for a change to their record, with its version and whether this practitioner supervises them.
MATCH (p:Person {id: $personId})
SET p._lock = true
RETURN {version: coalesce(p.version, 0),
        supervised: size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0} AS locked
