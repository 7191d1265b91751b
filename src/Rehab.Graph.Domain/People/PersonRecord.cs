namespace Rehab.Graph.Domain.People;

/// <summary>
/// A person on probation's record, as their offender manager sees it. Codes are as stored (Gender, RiskLevel);
/// <see cref="ExclusionZones"/> is their licence exclusion zones as GeoJSON; <see cref="Version"/> counts changes;
/// <see cref="Contact"/> is how they can be told of their referrals, null when no details are stored; <see cref="ByAndFor"/>
/// the communities whose own services they want (CommunityCodes), null when they have said none.
/// </summary>
public sealed record PersonRecord(
    string Id,
    string DisplayName,
    string Gender,
    int? BirthYear,
    string? PostcodeDistrict,
    double HomeLat,
    double HomeLon,
    IReadOnlyList<string>? Languages,
    string? RiskOfHarm,
    IReadOnlyList<string>? RiskFlags,
    IReadOnlyList<PersonNeed> Needs,
    IReadOnlyList<string> Strengths,
    int Version = 0,
    string? ExclusionZones = null,
    PersonContact? Contact = null,
    IReadOnlyList<string>? ByAndFor = null);

/// <summary>An assessed need with its label; severity 1 (low) to 3 (high).</summary>
public sealed record PersonNeed(string Code, string Label, int Severity);
