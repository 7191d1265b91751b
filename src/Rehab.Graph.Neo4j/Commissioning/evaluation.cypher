// What happened in the period for each person on probation living in the districts asked for (all when none), with
// nothing that names them: their district, whether they have a plan, the goals they achieved, the referrals made for
// them and completed, the hours logged at their sessions, their fund's spends with the needs of the goals they served,
// and their social capital snapshots. Times are compared as the stored ISO-8601 UTC text; session dates as yyyy-MM-dd.
// (Every node of a nested pattern comprehension is labelled: 3.1 plans an unlabelled one with a matcher that fails on Java 17.)
MATCH (p:Person)
WHERE p.postcodeDistrict IS NOT NULL AND (size($areas) = 0 OR p.postcodeDistrict IN $areas)
RETURN {area: p.postcodeDistrict,
        hasPlan: size([(p)-[:HAS_PLAN]->(pl:Plan) | pl.id]) > 0,
        goalsMet: size([(p)-[:HAS_PLAN]->(pl:Plan)-[:HAS_GOAL]->(g:Goal) WHERE g.status = 'ACHIEVED' AND g.updatedAt >= $from AND g.updatedAt < $to | g.id]),
        referralsMade: size([(p)-[:REFERRED]->(r:Referral) WHERE r.createdAt >= $from AND r.createdAt < $to | r.id]),
        referralsCompleted: size([(p)-[:REFERRED]->(r:Referral)-[:HAS_EVENT]->(e:ReferralEvent) WHERE e.action = 'COMPLETE' AND e.at >= $from AND e.at < $to | r.id]),
        hoursDone: reduce(total = 0.0, hours IN [(p)-[:REFERRED]->(r:Referral)-[:HAS_SESSION]->(s:ReferralSession)
                                                 WHERE s.date >= $fromDate AND s.date <= $toDate | coalesce(s.hours, 0)] | total + hours),
        spends: [(p)-[:HAS_FUND]->(f:Fund)-[:HAS_ENTRY]->(e:FundEntry) WHERE e.kind = 'SPEND' AND e.at >= $from AND e.at < $to |
                 {amountPence: e.amountPence, needs: [(e)-[:FOR_GOAL]->(g:Goal)-[:SERVES]->(n:Need) | n {.code, .label}]}],
        snapshots: [(p)-[:HAS_SNAPSHOT]->(sc:SocialCapitalSnapshot) WHERE sc.at >= $from AND sc.at < $to | sc {.at, .bonding, .bridging, .linking}]} AS person
