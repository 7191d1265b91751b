// A message for the outbox, in the transaction of the change it reports; the dispatcher sends it afterwards.
// OutboxPending marks it as still to send, so that the claim reads only these and not every message ever sent.
CREATE (:OutboxMessage:OutboxPending {id: $id, channel: $channel, recipient: $recipient, subject: $subject, body: $body, createdAt: $createdAt,
                        certificateCode: $certificateCode, attempts: 0})
