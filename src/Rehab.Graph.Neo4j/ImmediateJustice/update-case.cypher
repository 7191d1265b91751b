// One step of the route on a case locked by lock-case.cypher; the person's risk too when it was assessed.
MATCH (c:ImmediateJusticeCase {id: $id})-[:CONCERNS]->(p:Person)
SET c += $changes
REMOVE c._lock
FOREACH (_ IN CASE WHEN $riskOfHarm IS NULL THEN [] ELSE [1] END | SET p.riskOfHarm = $riskOfHarm, p.riskFlags = $riskFlags)
