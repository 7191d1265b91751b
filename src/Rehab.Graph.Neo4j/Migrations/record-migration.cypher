MERGE (m:Migration {version: $version})
SET m.name = $name, m.appliedAt = $appliedAt
