// One audit entry; it goes in the same transaction as the write it records.
CREATE (:AuditEntry {id: $id, at: $at, actorRole: $actorRole, actorId: $actorId, action: $action, targetId: $targetId,
                     summary: $summary, before: $before, after: $after})
