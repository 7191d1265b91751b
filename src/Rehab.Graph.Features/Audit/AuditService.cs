using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Features.Audit;

/// <summary>A search of the audit trail, as sent.</summary>
public sealed record AuditFilter(string? TargetId, string? ActorId, string? Action);

/// <summary>The audit trail, for admins. Entries are written by each feature's own writes, in the same transaction.</summary>
public sealed class AuditService(ReadBatch reads)
{
    public PendingRead<Page<AuditEntry>> Search(AuditFilter? where, PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.AuditTrail);
        return reads.Run(AuditTrail.Search(new AuditSearch(
            Short(where?.TargetId, "where.targetId"), Short(where?.ActorId, "where.actorId"), Short(where?.Action, "where.action"), page)));
    }

    private static string? Short(string? value, string field) => value is { Length: > Ids.MaxLength }
        ? throw new InvalidInputException(field, $"'{field}' must be at most {Ids.MaxLength} characters.")
        : value;
}
