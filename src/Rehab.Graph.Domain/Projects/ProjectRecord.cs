using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Projects;

public enum ProjectKind
{
    /// <summary>A group that meets: a walking group, a recovery café, a parents' circle.</summary>
    Group,

    /// <summary>A service people on probation run for others: a bike repair drop-in, a food share.</summary>
    Service,

    /// <summary>A small enterprise of their own, trading: a café, a cleaning round, a print shop.</summary>
    Enterprise,
}

public enum ProjectStatus
{
    /// <summary>Being planned by its members; not offered to anyone yet.</summary>
    Proposed,

    /// <summary>Up and running: <c>connect</c> offers it to others near it whose needs it serves.</summary>
    Running,

    /// <summary>Stopped for now (a member away, a venue lost); back to RUNNING when it restarts.</summary>
    Paused,

    /// <summary>Ended; kept as the record of what its members did.</summary>
    Closed,
}

/// <summary>
/// A project people on probation co-produce: a group, a service or a small enterprise of their own, with its aims, the
/// needs it serves and the strengths it draws on, where it meets, and a grant. Its members are people on probation:
/// <see cref="Members"/> is read for the callers allowed to see each member, and shown to no one else.
/// <see cref="GrantPence"/> is what has been awarded, <see cref="GrantBalancePence"/> what is left of it.
/// </summary>
public sealed record ProjectRecord(
    string Id,
    string Title,
    string? Aims,
    ProjectKind Kind,
    ProjectStatus Status,
    IReadOnlyList<NeedRef> Needs,
    IReadOnlyList<string> Strengths,
    double Lat,
    double Lon,
    bool WomenOnly,
    Contact? Contact,
    int GrantPence,
    int GrantBalancePence,
    IReadOnlyList<ProjectMember> Members,
    DateTimeOffset CreatedAt,
    int Version,
    double? DistanceKm = null)
{
    /// <summary>The grant's ledger is a fund of the project's own, so that awards and spends follow the personal funds' rules.</summary>
    public static string FundIdFor(string projectId) => "fnd-" + projectId;
}

/// <summary>A member of a project, with their offender manager, so that a caller sees only the members they may see.</summary>
public sealed record ProjectMember(string PersonId, string DisplayName, DateTimeOffset Since, bool Founder, string? OffenderManagerId);

/// <summary>What a new project is to be, as asked and not yet checked.</summary>
public sealed record NewProject(
    string? Title,
    string? Aims,
    ProjectKind Kind,
    IReadOnlyList<string>? Needs,
    IReadOnlyList<string>? Strengths,
    IReadOnlyList<string>? MemberIds,
    Geography.GeoPoint? Location,
    bool WomenOnly,
    Contact? Contact);

/// <summary>A new project, checked: <see cref="MemberIds"/> are its founders.</summary>
public sealed record ValidProject(
    string Title, string? Aims, ProjectKind Kind, IReadOnlyList<string> Needs, IReadOnlyList<string> Strengths, IReadOnlyList<string> MemberIds,
    Geography.GeoPoint Location, bool WomenOnly, Contact? Contact);
