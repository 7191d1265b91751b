// The signed-in person's own contact details and the channels they are told on; no row when none are stored.
MATCH (p:Person {id: $personId})
WHERE coalesce(p.email, p.phone, p.postalAddress) IS NOT NULL
RETURN {email: p.email, mobilePhone: p.phone, postalAddress: p.postalAddress, notifyBy: p.notifyBy} AS contact
