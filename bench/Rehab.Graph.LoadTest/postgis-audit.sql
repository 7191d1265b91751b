-- The record of a person read, as the hub writes one per connect: a row committed with the candidate queries, so the
-- audited floor pays for a durable write (the WAL's fsync) as the hub does for its audit entry.
INSERT INTO audit_entries (at, actor_role, actor_id, action, subject, summary) VALUES (now(), 'OFFENDER_MANAGER', $1, 'PERSON_READ', $2, 'connect')
