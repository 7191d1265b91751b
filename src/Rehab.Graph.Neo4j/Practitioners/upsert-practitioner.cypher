// Writes a practitioner as PractitionerRules validated it: a new one, or one locked by lock-practitioner.cypher whose
// version was checked. One map of properties (a null one is removed).
MERGE (pr:Practitioner {id: $id})
SET pr += {name: $name, deliveryUnit: $deliveryUnit, version: $version, email: $email, phone: $phone}
REMOVE pr._lock
