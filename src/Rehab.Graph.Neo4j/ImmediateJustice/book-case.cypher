// Links the case to the placement referral made in the same transaction.
MATCH (c:ImmediateJusticeCase {id: $id})
MATCH (r:Referral {id: $referralId})
CREATE (c)-[:BOOKED]->(r)
SET c += $changes
REMOVE c._lock
