using Rehab.Graph.RegionalData.Geography;

namespace Rehab.Graph.RegionalData.Generation;

// Ids carry an "r" after the kind prefix so they never collide with the demo region's (svc-0042 vs svc-r000042).

public sealed record Region(string Name, string City, GeoPoint Centre, string Notice, int GeneratedWithSeed);

public sealed record Practitioner(int Number, string Name, string DeliveryUnit)
{
    public string Id { get; } = $"prc-r{Number:D6}";
}

public sealed record Organisation(int Number, string Name, OrganisationKind Kind, string Description, GeoPoint Location, string? Website, Centre Centre)
{
    public string Id { get; } = $"org-r{Number:D6}";
}

public sealed record Service(
    int Number,
    Organisation Organisation,
    string Name,
    string Description,
    CodeSet<NeedCode> Needs,
    GeoPoint? Location,
    bool WomenOnly,
    int? MinAge,
    int? MaxAge,
    CodeSet<Language> Languages,
    CodeSet<RiskFlag> UnsuitableFor,
    int? Capacity,
    int? WaitingDays,
    string OpeningTimes,
    ReferralRoute ReferralRoute)
{
    public string Id { get; } = $"svc-r{Number:D6}";

    public bool Online => Location is null;
}

public sealed record Placement(
    int Number,
    Organisation Organisation,
    string Title,
    PlacementKind Kind,
    string Description,
    GeoPoint Location,
    int Capacity,
    int Filled,
    bool WomenOnly,
    bool ChildFacing,
    CodeSet<RiskFlag> UnsuitableFor,
    RiskLevel MaxRiskOfHarm,
    IReadOnlyList<string> Sessions,
    string Supervisor,
    CodeSet<StrengthCode> Skills)
{
    public string Id { get; } = $"plc-r{Number:D6}";
}

public sealed record Mentor(
    int Number,
    string DisplayName,
    Gender Gender,
    CodeSet<Language> Languages,
    CodeSet<NeedCode> LivedExperience,
    int Capacity,
    GeoPoint Home,
    IReadOnlyList<Organisation> Organisations,
    string Bio)
{
    public string Id { get; } = $"mnt-r{Number:D6}";
}

public sealed record Person(
    int Number,
    string DisplayName,
    Gender Gender,
    int BirthYear,
    GeoPoint Home,
    Neighbourhood Neighbourhood,
    CodeSet<Language> Languages,
    RiskLevel RiskOfHarm,
    CodeSet<RiskFlag> RiskFlags,
    IReadOnlyList<PersonNeed> Needs,
    CodeSet<StrengthCode> Strengths,
    Practitioner Practitioner)
{
    public string Id { get; } = $"per-r{Number:D6}";

    public CodeSet<NeedCode> NeedCodes { get; } = CodeSet<NeedCode>.Of(Needs.Select(n => n.Code));
}

public sealed record Acquaintance(Person From, Person To, TieKind Kind, bool Prosocial);

public sealed record Mentoring(Mentor Mentor, Person Person);

public sealed record Attendance(Person Person, Service Service);

public sealed record Completion(Person Person, Placement Placement);

public sealed record Partnership(Organisation From, Organisation To);

public sealed record Ties(
    IReadOnlyList<Acquaintance> Knows,
    IReadOnlyList<Mentoring> Mentors,
    IReadOnlyList<Attendance> Attended,
    IReadOnlyList<Completion> Completed,
    IReadOnlyList<Partnership> PartnersWith);
