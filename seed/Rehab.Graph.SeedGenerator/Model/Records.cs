using System.Text.Json.Serialization;

namespace Rehab.Graph.SeedGenerator;

// Property order mirrors FORMAT.md so the written JSON reads like the contract. A record's Town is the generator's own
// link to where it is, for choosing ties within a town; it is never written.

public sealed record Region(string Name, string City, GeoPoint Centre, string Notice, int GeneratedWithSeed);

public sealed record Need(NeedCode Code, string Label);

public sealed record Strength(StrengthCode Code, string Label);

public sealed record Address(IReadOnlyList<string> Lines, string Town, string Postcode);

public sealed record Contact(string? Name, string? Email, string? Phone, string? Url);

public sealed record Practitioner(string Id, string Name, string DeliveryUnit, string? Email = null, string? Phone = null);

public sealed record Organisation(
    string Id,
    string Name,
    OrganisationKind Kind,
    string Description,
    double Lat,
    double Lon,
    string? Website,
    Address? Address = null,
    Contact? Contact = null)
{
    [JsonIgnore]
    public Centre? Town { get; init; }
}

public sealed record Service(
    string Id,
    string OrganisationId,
    string Name,
    string Description,
    IReadOnlyList<NeedCode> Needs,
    bool Online,
    double? Lat,
    double? Lon,
    bool WomenOnly,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> Languages,
    IReadOnlyList<RiskFlag> UnsuitableFor,
    int? Capacity,
    int? WaitingDays,
    string OpeningTimes,
    ReferralRoute ReferralRoute,
    Address? Address = null,
    Contact? Contact = null,
    IReadOnlyList<Community>? ByAndFor = null);

public sealed record Placement(
    string Id,
    string OrganisationId,
    string Title,
    PlacementKind Kind,
    string Description,
    double Lat,
    double Lon,
    int Capacity,
    int Filled,
    bool WomenOnly,
    bool ChildFacing,
    IReadOnlyList<RiskFlag> UnsuitableFor,
    RiskLevel MaxRiskOfHarm,
    IReadOnlyList<string> Sessions,
    string Supervisor,
    IReadOnlyList<StrengthCode> Skills,
    Address? Address = null,
    Contact? Contact = null,
    string? MeetingPoint = null);

public sealed record Providers(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Placement> Placements);

public sealed record Mentor(
    string Id,
    string DisplayName,
    Gender Gender,
    IReadOnlyList<string> Languages,
    IReadOnlyList<NeedCode> LivedExperience,
    int Capacity,
    double Lat,
    double Lon,
    IReadOnlyList<string> OrganisationIds,
    string Bio);

public sealed record Person(
    string Id,
    string DisplayName,
    Gender Gender,
    int BirthYear,
    double HomeLat,
    double HomeLon,
    string PostcodeDistrict,
    IReadOnlyList<string> Languages,
    RiskLevel RiskOfHarm,
    IReadOnlyList<RiskFlag> RiskFlags,
    IReadOnlyList<PersonNeed> Needs,
    IReadOnlyList<StrengthCode> Strengths,
    string PractitionerId,
    IReadOnlyList<Community>? ByAndFor = null)
{
    [JsonIgnore]
    public Centre? Town { get; init; }
}

public sealed record PersonNeed(NeedCode Code, int Severity);

public sealed record Acquaintance(string From, string To, TieKind Kind, bool Prosocial);

public sealed record Mentoring(string MentorId, string PersonId);

public sealed record Attendance(string PersonId, string ServiceId);

public sealed record Completion(string PersonId, string PlacementId);

public sealed record Partnership(string From, string To);

public sealed record Ties(
    IReadOnlyList<Acquaintance> Knows,
    IReadOnlyList<Mentoring> Mentors,
    IReadOnlyList<Attendance> Attended,
    IReadOnlyList<Completion> Completed,
    IReadOnlyList<Partnership> PartnersWith);

public sealed record GazetteerEntry(string Name, PlaceKind Kind, double Lat, double Lon);
