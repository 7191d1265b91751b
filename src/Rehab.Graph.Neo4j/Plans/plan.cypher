// A person's plan with its goals, their needs and steps, and its reviews with the social capital each recorded, beside
// the person's strengths, licence exclusion zones and current mentors; only
// for the person's offender manager or the person themselves. A person nobody has planned with yet has no Plan node
// and gets an empty plan of version 0.
// (No OPTIONAL MATCH here: Neo4j 3.1 returns null for pattern comprehensions after one. Every node of a nested pattern
// comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
MATCH (p:Person {id: $personId})
WHERE p.id = coalesce($selfId, '') OR size([(p)<-[:SUPERVISES]-(pr:Practitioner) WHERE pr.id = $practitionerId | pr]) > 0
RETURN {
  personId: p.id,
  version: coalesce(head([(p)-[:HAS_PLAN]->(pl:Plan) | pl.version]), 0),
  strengths: [(p)-[:HAS_STRENGTH]->(st:Strength) | st.code],
  exclusionZones: p.exclusionZones,
  mentors: [(p)<-[t:MENTORS]-(m:Mentor) | {mentorId: m.id, since: t.since}],
  goals: [(p)-[:HAS_PLAN]->(:Plan)-[:HAS_GOAL]->(g:Goal) | g {.id, .text, .status, .strengths, .createdAt, .proposedBy,
    needs: [(g)-[:SERVES]->(n:Need) | n {.code, .label}],
    steps: [(g)-[:HAS_STEP]->(s:PlanStep) | s {.id, .text, .dueBy, .status, .supporterKind, .createdAt,
      supporterId: head([(s)-[:SUPPORTED_BY]->(x:Service) | x.id] + [(s)-[:SUPPORTED_BY]->(x:Placement) | x.id] + [(s)-[:SUPPORTED_BY]->(x:Mentor) | x.id]),
      referralId: head([(s)-[:MADE]->(r:Referral) | r.id]),
      comments: [(s)-[:HAS_COMMENT]->(c:StepComment) | c {.at, .authorRole, .text}]}]}],
  reviews: [(p)-[:HAS_PLAN]->(:Plan)-[:HAS_REVIEW]->(rv:PlanReview)-[:SNAPSHOT]->(sc:SocialCapitalSnapshot) |
    rv {.id, .at, .personRating, .personComment, .summary, socialCapital: sc {.at, .bonding, .bridging, .linking, .occasion, .referralId}}]
} AS plan
