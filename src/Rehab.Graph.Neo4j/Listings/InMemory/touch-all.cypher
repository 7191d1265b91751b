// After a bulk write (a seed load, a restore, a change made outside the hub): every hub reloads the whole directory
// from this number on, so listings that carry no change number are read too.
MERGE (v:DirectoryVersion {id: 'directory'})
WITH v, coalesce(v.number, 0) + 1 AS number
SET v.number = number, v.reloadFrom = number
RETURN number
