// One audit entry; it goes in the same transaction as the write it records. actorId is the first known of the user,
// practitioner and organisation; each of the three is kept too, so the trail can be searched by any of them. The entry is
// an unlabelled node under its target's anchor, which commits in a fraction of a labelled node's time on 3.1 (migration 014).
MERGE (t:AuditTarget {id: $targetId})
CREATE (t)-[:HAS_AUDIT_ENTRY]->({id: $id, at: $at, actorRole: $actorRole, actorId: $actorId, actorUserId: $actorUserId,
                                 actorPractitionerId: $actorPractitionerId, actorOrganisationId: $actorOrganisationId,
                                 action: $action, targetId: $targetId, summary: $summary, before: $before, after: $after})
