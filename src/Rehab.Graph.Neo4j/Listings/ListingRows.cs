using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Neo4j.Listings;

// The shapes the directory statements return: nodes come back as their property maps.
// Absent list properties arrive as null and become empty lists here, once. Listings stored before
// they could be edited (the seeded ones) have no status or version: they are ACTIVE, at version 1.

internal sealed record ServiceNode(
    string Id, string Name, string? Description, bool? Online, double? Lat, double? Lon, bool? WomenOnly, int? MinAge, int? MaxAge,
    IReadOnlyList<string>? Languages, IReadOnlyList<string>? UnsuitableFor, int? Capacity, int? WaitingDays, string? OpeningTimes, string? ReferralRoute,
    string? Status, int? Version);

internal sealed record ServiceRow(ServiceNode Service, OrganisationListing Organisation, IReadOnlyList<NeedRef> Needs, double? DistanceKm)
{
    // An online service has no place of its own; it is shown at its provider's address.
    public ServiceListing ToListing() => new(
        Service.Id, Service.Name, Service.Description, Organisation, Needs, Service.Online ?? false,
        Service.Lat ?? Organisation.Lat ?? 0, Service.Lon ?? Organisation.Lon ?? 0, Service.WomenOnly ?? false,
        Service.MinAge, Service.MaxAge, Service.Languages ?? [], Service.UnsuitableFor ?? [], Service.Capacity, Service.WaitingDays,
        Service.OpeningTimes, Service.ReferralRoute, DistanceKm,
        Service.Status is { } status ? EnumCodes.Parse<ServiceStatus>(status) : ServiceStatus.Active, Service.Version ?? 1);
}

internal sealed record PlacementNode(
    string Id, string Title, string Kind, string? Description, double Lat, double Lon, int Capacity, int Filled, bool? WomenOnly,
    bool? ChildFacing, IReadOnlyList<string>? UnsuitableFor, string? MaxRiskOfHarm, IReadOnlyList<string>? Sessions, string? Supervisor, int? Version);

internal sealed record PlacementRow(PlacementNode Placement, OrganisationListing Organisation, IReadOnlyList<string> Skills, double? DistanceKm)
{
    public PlacementListing ToListing() => new(
        Placement.Id, Placement.Title, Placement.Kind, Placement.Description, Organisation, Placement.Lat, Placement.Lon,
        Placement.Capacity, Placement.Filled, Placement.WomenOnly ?? false, Placement.ChildFacing ?? false, Placement.UnsuitableFor ?? [],
        Placement.MaxRiskOfHarm ?? "LOW", Placement.Sessions ?? [], Placement.Supervisor, Skills, DistanceKm, Placement.Version ?? 1);
}

internal sealed record MentorNode(
    string Id, string DisplayName, string Gender, IReadOnlyList<string>? Languages, int Capacity, double Lat, double Lon, string? Bio, int? Version);

internal sealed record MentorRow(MentorNode Mentor, IReadOnlyList<NeedRef> LivedExperience, int Mentees, IReadOnlyList<OrganisationListing> Organisations, double? DistanceKm)
{
    public MentorListing ToListing() => new(
        Mentor.Id, Mentor.DisplayName, Mentor.Gender, Mentor.Languages ?? [], LivedExperience, Mentor.Capacity, Mentees,
        Mentor.Lat, Mentor.Lon, Mentor.Bio, Organisations, DistanceKm, Mentor.Version ?? 1);
}
