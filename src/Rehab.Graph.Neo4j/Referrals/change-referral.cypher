// Applies one workflow step to a referral locked by lock-referral.cypher: the new status, hours and attendance, the
// session they are recorded against (one per referral and date, counted once), a history event, the place given back,
// and a completed referral's tie in the person's network.
MATCH (p:Person)-[:REFERRED]->(r:Referral {id: $id})-[:TO]->(t)
SET r.status = $status, r.updatedAt = $at, r.hoursDone = r.hoursDone + $hoursAdded,
    r.sessionsAttended = r.sessionsAttended + $attendedAdded,
    r.sessionsMissed = r.sessionsMissed + $missedAdded,
    r.outcome = coalesce($outcome, r.outcome), r.reason = coalesce($reason, r.reason)
REMOVE r._lock, t._lock
CREATE (r)-[:HAS_EVENT]->(:ReferralEvent {at: $at, action: $action, status: $status, actorRole: $actorRole, actorId: $actorId,
                                          hours: $hours, attended: $attended, sessionDate: $sessionDate, note: $note,
                                          correctionReason: $correctionReason})
FOREACH (session IN CASE WHEN $session IS NULL THEN [] ELSE [$session] END |
    MERGE (r)-[:HAS_SESSION]->(s:ReferralSession {date: session.date})
    SET s.attended = session.attended, s.attendanceRecorded = session.attendanceRecorded, s.hours = session.hours)
FOREACH (_ IN CASE WHEN $releasesPlace THEN [1] ELSE [] END | SET t.filled = CASE WHEN t.filled > 0 THEN t.filled - 1 ELSE 0 END)
FOREACH (_ IN CASE WHEN $tie = 'ATTENDED' THEN [1] ELSE [] END | MERGE (p)-[:ATTENDED]->(t))
FOREACH (_ IN CASE WHEN $tie = 'COMPLETED' THEN [1] ELSE [] END | MERGE (p)-[:COMPLETED]->(t))
