// The taxonomy of needs as terms alone, without counting each one's services (needs.cypher), which nationally reads
// every service's needs.
MATCH (n:Need)
RETURN {code: n.code, label: n.label} AS row
ORDER BY row.code
