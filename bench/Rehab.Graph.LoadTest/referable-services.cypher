// Online services anyone may be referred to: no place for an exclusion zone, no sex, age or risk limits. Their
// languages decide which sampled person each suits; a referral names one of the needs each addresses, since the
// person need not have it.
MATCH (s:Service)
WHERE s.online = true AND coalesce(s.status, 'ACTIVE') = 'ACTIVE' AND s.womenOnly = false
  AND s.minAge IS NULL AND s.maxAge IS NULL AND size(coalesce(s.unsuitableFor, [])) = 0 AND size([(s)-[:ADDRESSES]->(:Need) | 1]) > 0
RETURN s.id AS id, coalesce(s.languages, []) AS languages, [(s)-[:ADDRESSES]->(n:Need) | n.code] AS needs
ORDER BY s.id
