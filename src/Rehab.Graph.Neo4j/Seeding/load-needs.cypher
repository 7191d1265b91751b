UNWIND $rows AS r
MERGE (n:Need {code: r.code})
SET n.label = r.label
