// The directory's change number, and the number from which a hub must reload it whole.
OPTIONAL MATCH (v:DirectoryVersion {id: 'directory'})
RETURN coalesce(v.number, 0) AS number, coalesce(v.reloadFrom, 0) AS reloadFrom
