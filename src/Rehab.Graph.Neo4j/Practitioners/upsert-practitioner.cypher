// Writes a practitioner as PractitionerRules validated it: a new one, or one locked by lock-practitioner.cypher whose
// version was checked.
MERGE (pr:Practitioner {id: $id})
SET pr += {name: $name, deliveryUnit: $deliveryUnit, version: $version}
REMOVE pr._lock
