namespace Rehab.Graph.Domain.Listings;

// The directory's read models: what the graph holds about each listing, as the API shows it.
// Coordinates are WGS-84 degrees; DistanceKm is set only when the query had a `near`.
// Version counts the writes to a listing for optimistic concurrency (see ListingRules); Status, Version,
// Address and Contact have defaults only so that listings made outside the graph (tests, benchmarks) stay short.
// Address and Contact are null when none is recorded; a placement's contact is its supervisor's line, and its
// MeetingPoint says where at the address people meet them on their first session ("reception", "the front gate").

/// <summary>Whether a service takes people: the directory lists ACTIVE and PAUSED ones, the connector offers only ACTIVE ones.</summary>
public enum ServiceStatus
{
    Active,
    Paused,
    Closed,
}

public sealed record NeedSummary(string Code, string Label, int ServiceCount) : NeedRef(Code, Label);

public record NeedRef(string Code, string Label);

public sealed record OrganisationListing(
    string Id,
    string Name,
    string Kind,
    string? Description,
    double? Lat,
    double? Lon,
    string? Website,
    int Version = 1,
    Address? Address = null,
    Contact? Contact = null);

public sealed record ServiceListing(
    string Id,
    string Name,
    string? Description,
    OrganisationListing Organisation,
    IReadOnlyList<NeedRef> Needs,
    bool Online,
    double Lat,
    double Lon,
    bool WomenOnly,
    int? MinAge,
    int? MaxAge,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> UnsuitableFor,
    int? Capacity,
    int? WaitingDays,
    string? OpeningTimes,
    string? ReferralRoute,
    double? DistanceKm,
    ServiceStatus Status = ServiceStatus.Active,
    int Version = 1,
    Address? Address = null,
    Contact? Contact = null)
{
    /// <summary>The communities it is run by and for (CommunityCodes), sorted; none for a service open to all alike.</summary>
    public IReadOnlyList<string> ByAndFor { get; init; } = [];
}

public sealed record PlacementListing(
    string Id,
    string Title,
    string Kind,
    string? Description,
    OrganisationListing Organisation,
    double Lat,
    double Lon,
    int Capacity,
    int Filled,
    bool WomenOnly,
    bool ChildFacing,
    IReadOnlyList<string> UnsuitableFor,
    string MaxRiskOfHarm,
    IReadOnlyList<string> Sessions,
    string? Supervisor,
    IReadOnlyList<string> Skills,
    double? DistanceKm,
    int Version = 1,
    Address? Address = null,
    Contact? Contact = null,
    string? MeetingPoint = null);

public sealed record MentorListing(
    string Id,
    string DisplayName,
    string Gender,
    IReadOnlyList<string> Languages,
    IReadOnlyList<NeedRef> LivedExperience,
    int Capacity,
    int Mentees,
    double Lat,
    double Lon,
    string? Bio,
    IReadOnlyList<OrganisationListing> Organisations,
    double? DistanceKm,
    int Version = 1);
