// Nodes by the node earlier steps returned (RegionLoader): 3.1 reads a node by id from the store, where a seek by our id goes through Lucene.
// A plan's reviews with the social capital each counted, which joins the person's history, as record-review.cypher
// leaves them. Reviews have no unique constraint, so each is merged from its plan rather than looked up by id alone,
// the review and its snapshot are merged without their labels and labelled after, so each merge looks only at its
// plan's reviews and its review's snapshot (with the labels, Neo4j 3.1 scanned every review for each row).
UNWIND $rows AS r
MATCH (p:Person) WHERE elementId(p) = r.personId
MATCH (p)-[:HAS_PLAN]->(pl:Plan) WHERE elementId(pl) = r.planId
MERGE (pl)-[:HAS_REVIEW]->(rv {id: r.id})
SET rv:PlanReview
SET rv += {at: r.at, personRating: r.personRating, personComment: r.personComment, summary: r.summary, by: r.by}
MERGE (rv)-[:SNAPSHOT]->(sc)
SET sc:SocialCapitalSnapshot
SET sc += {at: r.at, bonding: r.socialCapital.bonding, bridging: r.socialCapital.bridging, linking: r.socialCapital.linking, occasion: 'REVIEW'}
MERGE (p)-[:HAS_SNAPSHOT]->(sc)
