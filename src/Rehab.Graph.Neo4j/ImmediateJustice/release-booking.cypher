// A booking that ends without the hours done (declined by the placement, or withdrawn) gives the case back to its
// coordinator to book again: assessed, with no booking, first session or briefing; the referral stays as history.
MATCH (c:ImmediateJusticeCase {id: $id})-[b:BOOKED]->(r:Referral {id: $referralId})
DELETE b
CREATE (c)-[:WAS_BOOKED]->(r)
SET c.status = $status
REMOVE c.bookedAt, c.firstSessionAt, c.briefedAt
