// Practitioners by name, each with the size of their caseload; the page's rows have the shape of practitioner-by-id.
MATCH (pr:Practitioner)
WITH pr
ORDER BY pr.name, pr.id
WITH collect(pr) AS all
RETURN size(all) AS totalCount,
       [pr IN all[$skip..$end] | {id: pr.id, name: pr.name, deliveryUnit: pr.deliveryUnit, email: pr.email, phone: pr.phone, version: coalesce(pr.version, 1),
                                  caseload: size([(pr)-[:SUPERVISES]->(:Person) | 1])}] AS page
