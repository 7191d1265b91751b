// Locks an organisation for the rest of the transaction and reads it after the lock, so the version a change
// is checked against cannot change before the change commits. The row has the shape of organisations-by-id.
MATCH (o:Organisation {id: $id})
SET o._lock = true
RETURN o AS row
