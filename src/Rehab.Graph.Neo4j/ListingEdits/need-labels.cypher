// The labels of some need codes, for the audit entry's picture of a listing after a change.
MATCH (n:Need)
WHERE n.code IN $codes
RETURN n {.code, .label} AS row
