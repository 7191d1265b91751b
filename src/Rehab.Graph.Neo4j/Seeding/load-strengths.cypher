UNWIND $rows AS r
MERGE (n:Strength {code: r.code})
SET n.label = r.label
