// One practitioner with the size of their caseload; seeded ones have no version yet, and are at version 1.
MATCH (pr:Practitioner {id: $id})
RETURN {id: pr.id, name: pr.name, deliveryUnit: pr.deliveryUnit, email: pr.email, phone: pr.phone, version: coalesce(pr.version, 1),
        caseload: size([(pr)-[:SUPERVISES]->(:Person) | 1])} AS row
