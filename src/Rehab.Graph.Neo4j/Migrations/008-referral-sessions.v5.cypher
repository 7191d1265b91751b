// Referrals recorded before sessions counted every hours entry as an attended session. Each referral's logged entries
// become one ReferralSession per date (attended when hours or an attendance record say so, missed when only an absence
// is recorded), and its counts are taken from them. Referrals that already have sessions are left alone, so a second
// run changes nothing.
MATCH (r:Referral)-[:HAS_EVENT]->(e:ReferralEvent)
WHERE e.action IN ['LOG_ATTENDANCE', 'LOG_HOURS'] AND e.sessionDate IS NOT NULL AND size([(r)-[:HAS_SESSION]->(s:ReferralSession) | s]) = 0
WITH r, e.sessionDate AS date, collect(e) AS entries
WITH r, date, reduce(hours = 0.0, x IN entries | hours + coalesce(x.hours, 0.0)) AS hours, [x IN entries WHERE x.action = 'LOG_ATTENDANCE'] AS attendance
WITH r, date, hours, size(attendance) > 0 AS attendanceRecorded, hours > 0 OR size([x IN attendance WHERE x.attended = true]) > 0 AS attended
CREATE (r)-[:HAS_SESSION]->(:ReferralSession {date: date, attended: attended, attendanceRecorded: attendanceRecorded, hours: hours})
WITH r, collect(attended) AS sessions
SET r.sessionsAttended = size([a IN sessions WHERE a]), r.sessionsMissed = size([a IN sessions WHERE NOT a])
