// A message for the outbox, in the transaction of the change it reports; the dispatcher sends it afterwards.
CREATE (:OutboxMessage {id: $id, channel: $channel, recipient: $recipient, subject: $subject, body: $body, createdAt: $createdAt,
                        certificateCode: $certificateCode, attempts: 0})
