using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Projects;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Funds;

namespace Rehab.Graph.Neo4j.Projects;

/// <summary>A person named as a member: their gender and offender manager, read in the transaction that adds them.</summary>
public sealed record ProjectPerson(string PersonId, Gender? Gender, string? OffenderManagerId);

/// <summary>A project as locked for a change: its status, version and members, read after the lock.</summary>
public sealed record LockedProject(string ProjectId, ProjectStatus Status, int Version, bool WomenOnly, IReadOnlyList<ProjectMember> Members);

/// <summary>A project's grant as locked for an entry: its balance and version after the lock, and who approves spends from it.</summary>
/// <summary>A project's grant locked for an entry; <see cref="Entry"/> is the spend a refund names.</summary>
public sealed record LockedGrant(string FundId, string ProjectId, ProjectStatus Status, int BalancePence, int Version, IReadOnlyList<string> OffenderManagerIds, LockedEntry? Entry = null);

/// <summary>
/// The statements of project writes. Each change locks the project (or, for grant entries, the project's grant) first,
/// so that changes follow each other; the grant's entries are then written by the personal funds' own statement.
/// </summary>
public static class ProjectWrites
{
    public static CypherQuery<IReadOnlyList<ProjectPerson>> People(IReadOnlyList<string> personIds) => new(
        ProjectQueries.Statement("project-people", new() { ["personIds"] = personIds }),
        result => [.. result.Read<PersonRow>("person").Select(r => new ProjectPerson(r.PersonId, r.Gender is null ? null : EnumCodes.Parse<Gender>(r.Gender), r.OffenderManagerId))]);

    public static CypherStatement Create(string id, ValidProject project, DateTimeOffset at, Caller caller) => ProjectQueries.Statement("create-project", new()
    {
        ["id"] = id,
        ["title"] = project.Title,
        ["aims"] = project.Aims,
        ["kind"] = EnumCodes.ToCode(project.Kind),
        ["lat"] = project.Location.Latitude,
        ["lon"] = project.Location.Longitude,
        ["womenOnly"] = project.WomenOnly,
        ["contactName"] = project.Contact?.Name,
        ["contactEmail"] = project.Contact?.Email,
        ["contactPhone"] = project.Contact?.Phone,
        ["contactUrl"] = project.Contact?.Url,
        ["needs"] = project.Needs,
        ["strengths"] = project.Strengths,
        ["memberIds"] = project.MemberIds,
        ["at"] = AuditTrail.Timestamp(at),
        ["actorId"] = caller.ActorId,
    });

    public static CypherQuery<LockedProject?> Lock(string projectId) => new(
        ProjectQueries.Statement("lock-project", new() { ["projectId"] = projectId }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<LockedRow>("locked").ToLocked());

    public static CypherStatement SetStatus(string projectId, ProjectStatus status, DateTimeOffset at) => ProjectQueries.Statement("set-project-status", new()
    {
        ["projectId"] = projectId, ["status"] = EnumCodes.ToCode(status), ["at"] = AuditTrail.Timestamp(at),
    });

    public static CypherStatement Join(string projectId, string personId, DateTimeOffset at) => ProjectQueries.Statement("join-project", new()
    {
        ["projectId"] = projectId, ["personId"] = personId, ["at"] = AuditTrail.Timestamp(at),
    });

    /// <summary>The project's grant, made on the first award, locked for an entry; null for an unknown project.</summary>
    public static CypherQuery<LockedGrant?> OpenGrant(string projectId, DateTimeOffset at) => new(
        ProjectQueries.Statement("open-grant", new() { ["projectId"] = projectId, ["fundId"] = ProjectRecord.FundIdFor(projectId), ["at"] = AuditTrail.Timestamp(at) }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<GrantRow>("locked").ToLocked());

    /// <summary>The grant an entry is on, locked, with the entry; null when the entry is on no project's grant.</summary>
    public static CypherQuery<LockedGrant?> LockGrantEntry(string entryId) => new(
        ProjectQueries.Statement("lock-grant-entry", new() { ["entryId"] = entryId }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<GrantRow>("locked").ToLocked());

    private sealed record PersonRow(string PersonId, string? Gender, string? OffenderManagerId);

    private sealed record LockedRow(string ProjectId, string Status, int Version, bool WomenOnly, IReadOnlyList<ProjectQueries.MemberRow> Members)
    {
        public LockedProject ToLocked() => new(ProjectId, EnumCodes.Parse<ProjectStatus>(Status), Version, WomenOnly, [.. Members.Select(m => m.ToMember())]);
    }

    private sealed record GrantRow(
        string FundId, string ProjectId, string Status, int BalancePence, int Version, IReadOnlyList<string?> OffenderManagerIds, FundWrites.EntryRow? Entry)
    {
        public LockedGrant ToLocked() => new(
            FundId, ProjectId, EnumCodes.Parse<ProjectStatus>(Status), BalancePence, Version, [.. OffenderManagerIds.OfType<string>()], Entry?.ToLocked());
    }
}
