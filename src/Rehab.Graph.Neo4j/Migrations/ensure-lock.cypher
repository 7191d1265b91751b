// Committed on its own before any claim: two first hubs may each create one, and a claim locks every one it finds.
MERGE (:MigrationLock {id: $id})
