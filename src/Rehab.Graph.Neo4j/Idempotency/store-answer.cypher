// Keeps the answer of the request whose write claimed the key ($attempt), once; replays send it back as it was.
MATCH (k:IdempotencyKey {id: $id})
WHERE k.attempt = $attempt AND k.answerStatus IS NULL
SET k += {answerStatus: $status, answerType: $contentType, answerBody: $body}
