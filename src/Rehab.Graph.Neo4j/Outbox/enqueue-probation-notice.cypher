// A notice to probation's own organisations (kind PROBATION) at their contact e-mail, in the change's transaction:
// the shared inbox where Immediate Justice coordinators hear of a case entering their queue.
MATCH (o:Organisation {kind: 'PROBATION'})
WHERE o.contactEmail IS NOT NULL
WITH o ORDER BY o.id
WITH collect(o.contactEmail) AS inboxes
UNWIND range(0, size(inboxes) - 1) AS i
CREATE (:OutboxMessage:OutboxPending {id: $id + '-' + toString(i), channel: 'EMAIL', recipient: inboxes[i], subject: $subject, body: $body,
                                     createdAt: $createdAt, attempts: 0})
