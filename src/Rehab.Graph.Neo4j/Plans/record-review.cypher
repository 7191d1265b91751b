// A review of the person's plan, with the social capital counted for it, which joins the person's history.
MATCH (p:Person {id: $personId})
MERGE (pl:Plan {id: $planId})
  ON CREATE SET pl.version = 0, pl.createdAt = $at
MERGE (p)-[:HAS_PLAN]->(pl)
SET pl._lock = true
CREATE (pl)-[:HAS_REVIEW]->(rv:PlanReview {id: $id, at: $at, personRating: $personRating, personComment: $personComment, summary: $summary, by: $actorRole})
CREATE (rv)-[:SNAPSHOT]->(sc:SocialCapitalSnapshot {at: $at, bonding: $bonding, bridging: $bridging, linking: $linking, occasion: 'REVIEW'})
CREATE (p)-[:HAS_SNAPSHOT]->(sc)
