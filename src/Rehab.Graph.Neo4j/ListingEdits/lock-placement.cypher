// Locks a placement for the rest of the transaction and reads it after the lock, so that neither its version
// nor its filled places can change before the change commits: partners' edits and new referrals both take it.
// The row has the shape of placements-by-id.
MATCH (o:Organisation)-[:HOSTS]->(p:Placement {id: $id})
SET p._lock = true
WITH p, o
OPTIONAL MATCH (p)-[:USES]->(st:Strength)
WITH p, o, collect(st.code) AS skills
RETURN {placement: p, organisation: o, skills: skills} AS row
