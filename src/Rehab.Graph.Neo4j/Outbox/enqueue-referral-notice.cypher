// A notice about a referral to one side of it, addressed in the change's own transaction to whoever is there when it
// commits: the organisation referred to (ORGANISATION: its contact e-mail), the person's side (PERSON_SIDE: the offender
// managers who supervise them and the coordinator of the Immediate Justice case it was booked for), or only that
// coordinator (COORDINATOR). A practitioner is written to at their work e-mail, an organisation at its contact e-mail;
// nobody without one is written to. One message per inbox, so each is sent, retried and marked on its own.
MATCH (p:Person)-[:REFERRED]->(r:Referral {id: $referralId})-[:TO]->(t)<-[:OFFERS|HOSTS]-(o:Organisation)
WITH [(r)<-[:BOOKED]-(:ImmediateJusticeCase)<-[:COORDINATES]-(c) | coalesce(c.email, c.contactEmail)] AS coordinators,
     [(p)<-[:SUPERVISES]-(pr:Practitioner) | pr.email] AS supervisors, o
WITH CASE $audience
       WHEN 'ORGANISATION' THEN [o.contactEmail]
       WHEN 'COORDINATOR' THEN coordinators
       ELSE supervisors + coordinators
     END AS inboxes
WITH [inbox IN inboxes WHERE inbox IS NOT NULL] AS inboxes
UNWIND range(0, size(inboxes) - 1) AS i
CREATE (:OutboxMessage:OutboxPending {id: $id + '-' + toString(i), channel: 'EMAIL', recipient: inboxes[i], subject: $subject, body: $body,
                                     createdAt: $createdAt, attempts: 0})
