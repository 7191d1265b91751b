// The offender managers the caller may hand a person over to: everyone but the caller, in one delivery unit or all,
// whose name contains $search (lower-cased by the caller) or all, by delivery unit and name. Whom they supervise stays
// out of it.
MATCH (pr:Practitioner)
WHERE pr.id <> $callerId AND ($deliveryUnit IS NULL OR pr.deliveryUnit = $deliveryUnit)
  AND ($search IS NULL OR toLower(pr.name) CONTAINS $search)
WITH pr
ORDER BY pr.deliveryUnit, pr.name, pr.id
WITH collect(pr) AS found
RETURN size(found) AS totalCount,
       [pr IN found[$skip..$end] | {id: pr.id, name: pr.name, deliveryUnit: pr.deliveryUnit, email: pr.email, phone: pr.phone}] AS page
