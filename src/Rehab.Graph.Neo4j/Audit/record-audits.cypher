// Many audit entries at once, e.g. one per service an import writes; they go in the same transaction as the writes.
UNWIND $entries AS e
CREATE (:AuditEntry {id: e.id, at: e.at, actorRole: e.actorRole, actorId: e.actorId, actorUserId: e.actorUserId,
                     actorPractitionerId: e.actorPractitionerId, actorOrganisationId: e.actorOrganisationId,
                     action: e.action, targetId: e.targetId, summary: e.summary, before: e.before, after: e.after})
