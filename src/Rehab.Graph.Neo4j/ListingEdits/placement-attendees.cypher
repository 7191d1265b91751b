// How to reach the people going to a placement now (their referral accepted or under way) who have contact details,
// read under the placement's lock (lock-placement.cypher), which an acceptance also takes: so each such person is told
// of a change to its sessions once, and someone accepted while the change waited is told by their acceptance instead.
MATCH (p:Person)-[:REFERRED]->(r:Referral)-[:TO]->(:Placement {id: $id})
WHERE r.status IN ['ACCEPTED', 'IN_PROGRESS'] AND coalesce(p.email, p.phone, p.postalAddress) IS NOT NULL
RETURN {email: p.email, mobilePhone: p.phone, postalAddress: p.postalAddress, notifyBy: p.notifyBy} AS contact
