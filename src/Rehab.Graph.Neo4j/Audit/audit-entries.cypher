// The audit trail, newest first, optionally for one item, one actor or one action.
MATCH (a:AuditEntry)
WHERE ($targetId IS NULL OR a.targetId = $targetId)
  AND ($actorId IS NULL OR a.actorId = $actorId)
  AND ($action IS NULL OR a.action = $action)
WITH a
ORDER BY a.at DESC, a.id DESC
WITH collect(a {.*}) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$end] AS page
