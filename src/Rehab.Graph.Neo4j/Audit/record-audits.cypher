// Many audit entries at once: one per service an import writes, or the reads' entries the audit log commits together.
// They come sorted by target, so two transactions lock the anchors they share in the same order and never deadlock.
UNWIND $entries AS e
MERGE (t:AuditTarget {id: e.targetId})
CREATE (t)-[:HAS_AUDIT_ENTRY]->({id: e.id, at: e.at, actorRole: e.actorRole, actorId: e.actorId, actorUserId: e.actorUserId,
                                 actorPractitionerId: e.actorPractitionerId, actorOrganisationId: e.actorOrganisationId,
                                 action: e.action, targetId: e.targetId, summary: e.summary, before: e.before, after: e.after})
