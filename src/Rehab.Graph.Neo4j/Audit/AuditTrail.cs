using System.Globalization;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Audit;

/// <summary>A search of the trail; <see cref="ActorId"/> matches an entry's user, practitioner or organisation, or its actorId alone for an older entry.</summary>
public sealed record AuditSearch(string? TargetId, string? ActorId, string? Action, PageRequest Page);

/// <summary>
/// The audit trail's statements. A write's entry is one more statement in the write's own
/// transaction, so an entry exists exactly when the change does; a read's entries go through <see cref="AuditLog"/>.
/// </summary>
public static class AuditTrail
{
    public static CypherStatement Record(AuditEntry entry) => CypherStatement.From("Audit/record-audit.cypher", Parameters(entry));

    /// <summary>Many entries in one statement, for a write of many items such as an import; sorted by target, the order every transaction locks their anchors in.</summary>
    public static CypherStatement RecordAll(IEnumerable<AuditEntry> entries) => CypherStatement.From("Audit/record-audits.cypher", new Dictionary<string, object?>
    {
        ["entries"] = entries.OrderBy(e => e.TargetId, StringComparer.Ordinal).Select(Parameters).ToList(),
    });

    public static CypherQuery<Page<AuditEntry>> Search(AuditSearch search) => new(
        CypherStatement.From("Audit/audit-entries.cypher", new Dictionary<string, object?>
        {
            ["targetId"] = search.TargetId,
            ["actorId"] = search.ActorId,
            ["action"] = search.Action,
            ["skip"] = search.Page.Offset,
            ["end"] = (long)search.Page.Offset + search.Page.First,
        }),
        result => new Page<AuditEntry>(
            [.. result.Single<IReadOnlyList<AuditRow>>("page").Select(r => r.ToEntry())],
            result.Single<int>("totalCount"),
            search.Page.Offset));

    private static Dictionary<string, object?> Parameters(AuditEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["at"] = Timestamp(entry.At),
        ["actorRole"] = entry.ActorRole,
        ["actorId"] = entry.ActorId,
        ["actorUserId"] = entry.ActorUserId,
        ["actorPractitionerId"] = entry.ActorPractitionerId,
        ["actorOrganisationId"] = entry.ActorOrganisationId,
        ["action"] = entry.Action,
        ["targetId"] = entry.TargetId,
        ["summary"] = entry.Summary,
        ["before"] = entry.Before,
        ["after"] = entry.After,
    };

    /// <summary>UTC with a fixed width, so that text order is time order in any Neo4j version.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private sealed record AuditRow(
        string Id, string At, string ActorRole, string? ActorId, string Action, string TargetId, string? Summary, string? Before, string? After,
        string? ActorUserId, string? ActorPractitionerId, string? ActorOrganisationId)
    {
        public AuditEntry ToEntry() => new(
            Id, DateTimeOffset.Parse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), ActorRole, ActorId, Action, TargetId, Summary, Before, After,
            ActorUserId, ActorPractitionerId, ActorOrganisationId);
    }
}
