OPTIONAL MATCH (r:SeedRun {name: $name})
RETURN r.completedAt AS completedAt
