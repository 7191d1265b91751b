CALL db.resampleOutdatedIndexes()
