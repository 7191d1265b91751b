// Locks a placement for the rest of the transaction and reads it after the lock, so the places left that a
// new referral sees cannot be taken by another transaction before this one commits.
MATCH (o:Organisation)-[:HOSTS]->(pl:Placement {id: $id})
SET pl._lock = true
WITH pl, o
OPTIONAL MATCH (pl)-[:USES]->(st:Strength)
WITH pl, o, collect(st.code) AS skills
RETURN {placement: pl, organisation: o, skills: skills} AS row
