// The audit trail, newest first, optionally for one item, one actor or one action. An actor is whoever the entry names as
// user, practitioner or organisation; entries written before those were kept name them only as actorId.
MATCH (t:AuditTarget)-[:HAS_AUDIT_ENTRY]->(a)
WHERE ($targetId IS NULL OR t.id = $targetId)
  AND ($actorId IS NULL OR a.actorId = $actorId OR a.actorUserId = $actorId OR a.actorPractitionerId = $actorId OR a.actorOrganisationId = $actorId)
  AND ($action IS NULL OR a.action = $action)
WITH a
ORDER BY a.at DESC, a.id DESC
WITH collect(a {.*}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
