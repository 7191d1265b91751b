using Rehab.Graph.Domain.Projects;

namespace Rehab.Graph.SeedGenerator;

// projects.json: co-produced projects as the hub's own writes would have left them (createProject, setProjectStatus,
// awardGrant, spendFromGrant), with their founders and the grant's ledger.

public sealed record CoProducedProject(
    string Id,
    string Title,
    string Aims,
    ProjectKind Kind,
    ProjectStatus Status,
    double Lat,
    double Lon,
    bool WomenOnly,
    IReadOnlyList<NeedCode> Needs,
    IReadOnlyList<StrengthCode> Strengths,
    string? ContactEmail,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ProjectFounder> Members,
    ProjectGrant? Grant);

public sealed record ProjectFounder(string PersonId, DateTimeOffset Since, bool Founder);

/// <summary>A project's grant: a fund of its own (id fnd- + the project's id) whose entries follow the personal funds' rules.</summary>
public sealed record ProjectGrant(string Id, int BalancePence, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<FundLine> Entries);
