// Each refund tied to the spend it gives money back from.
UNWIND $rows AS r
MATCH (e:FundEntry {id: r.id})
MATCH (s:FundEntry {id: r.refundOf})
MERGE (e)-[:REFUNDS]->(s)
