// People by their node, as load-people returned it: a seek by node costs a third of one by id on 3.1's Lucene index.
UNWIND $rows AS r
MATCH (p:Person) WHERE elementId(p) = r.personId
MATCH (s:Strength {code: r.code})
MERGE (p)-[:HAS_STRENGTH]->(s)
