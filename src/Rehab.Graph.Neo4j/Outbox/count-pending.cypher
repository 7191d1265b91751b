// The backlog: messages not yet sent that may still be (OutboxPending), claimed or not. Sent with each claim, and
// read from Neo4j's count of the label, so watching it costs no round trip of its own.
MATCH (m:OutboxPending)
RETURN count(m) AS pending
