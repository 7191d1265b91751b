// After a bulk write (a seed load, a restore, a change made outside the hub): every hub reloads the whole directory
// from this number on, so listings that carry no change number are read too.
MERGE (v:DirectoryVersion {id: 'directory'})
SET v._lock = true
WITH v
SET v.number = coalesce(v.number, 0) + 1
REMOVE v._lock
SET v.reloadFrom = v.number
RETURN v.number AS number
