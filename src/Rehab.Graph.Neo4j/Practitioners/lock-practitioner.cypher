// Locks a practitioner for the rest of the transaction and reads the version after the lock, so the version a
// change is checked against cannot change before the change commits.
MATCH (pr:Practitioner {id: $id})
SET pr._lock = true
RETURN {id: pr.id, name: pr.name, deliveryUnit: pr.deliveryUnit, email: pr.email, phone: pr.phone, version: coalesce(pr.version, 1)} AS row
