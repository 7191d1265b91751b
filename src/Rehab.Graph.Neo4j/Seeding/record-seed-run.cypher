MERGE (r:SeedRun {name: $name})
SET r.completedAt = $completedAt, r.items = $items
