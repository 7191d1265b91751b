using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Neo4j.Listings;

// The shapes the directory statements return: nodes come back as their property maps.
// Absent list properties arrive as null and become empty lists here, once. Listings stored before
// they could be edited (the seeded ones) have no status or version: they are ACTIVE, at version 1.
// Addresses and contacts are stored flat (addressLines, town, postcode, contactName, contactEmail, contactPhone,
// contactUrl) on every kind of listing node, so statements return the node and never name them.

internal sealed record OrganisationNode(
    string Id, string Name, string Kind, string? Description, double? Lat, double? Lon, string? Website, int? Version,
    IReadOnlyList<string>? AddressLines, string? Town, string? Postcode, string? ContactName, string? ContactEmail, string? ContactPhone, string? ContactUrl)
{
    public OrganisationListing ToListing() => new(
        Id, Name, Kind, Description, Lat, Lon, Website, Version ?? 1,
        Address.From(AddressLines, Town, Postcode), Contact.From(ContactName, ContactEmail, ContactPhone, ContactUrl));

    /// <summary>The node a listing was read from, for a row made in code (an edit's picture of what it writes).</summary>
    public static OrganisationNode Of(OrganisationListing o) => new(
        o.Id, o.Name, o.Kind, o.Description, o.Lat, o.Lon, o.Website, o.Version, o.Address?.Lines, o.Address?.Town, o.Address?.Postcode,
        o.Contact?.Name, o.Contact?.Email, o.Contact?.Phone, o.Contact?.Url);
}

internal sealed record ServiceNode(
    string Id, string Name, string? Description, bool? Online, double? Lat, double? Lon, bool? WomenOnly, int? MinAge, int? MaxAge,
    IReadOnlyList<string>? Languages, IReadOnlyList<string>? UnsuitableFor, int? Capacity, int? WaitingDays, string? OpeningTimes, string? ReferralRoute,
    string? Status, int? Version,
    IReadOnlyList<string>? AddressLines = null, string? Town = null, string? Postcode = null,
    string? ContactName = null, string? ContactEmail = null, string? ContactPhone = null, string? ContactUrl = null,
    IReadOnlyList<string>? ByAndFor = null);

internal sealed record ServiceRow(ServiceNode Service, OrganisationNode Organisation, IReadOnlyList<NeedRef> Needs, double? DistanceKm)
{
    // An online service has no place of its own; it is shown at its provider's address.
    public ServiceListing ToListing() => new(
        Service.Id, Service.Name, Service.Description, Organisation.ToListing(), Needs, Service.Online ?? false,
        Service.Lat ?? Organisation.Lat ?? 0, Service.Lon ?? Organisation.Lon ?? 0, Service.WomenOnly ?? false,
        Service.MinAge, Service.MaxAge, Service.Languages ?? [], Service.UnsuitableFor ?? [], Service.Capacity, Service.WaitingDays,
        Service.OpeningTimes, Service.ReferralRoute, DistanceKm,
        Service.Status is { } status ? EnumCodes.Parse<ServiceStatus>(status) : ServiceStatus.Active, Service.Version ?? 1,
        Address.From(Service.AddressLines, Service.Town, Service.Postcode),
        Contact.From(Service.ContactName, Service.ContactEmail, Service.ContactPhone, Service.ContactUrl))
    {
        ByAndFor = Service.ByAndFor ?? [],
    };
}

internal sealed record PlacementNode(
    string Id, string Title, string Kind, string? Description, double Lat, double Lon, int Capacity, int Filled, bool? WomenOnly,
    bool? ChildFacing, IReadOnlyList<string>? UnsuitableFor, string? MaxRiskOfHarm, IReadOnlyList<string>? Sessions, string? Supervisor, int? Version,
    IReadOnlyList<string>? AddressLines = null, string? Town = null, string? Postcode = null,
    string? ContactName = null, string? ContactEmail = null, string? ContactPhone = null, string? ContactUrl = null, string? MeetingPoint = null);

internal sealed record PlacementRow(PlacementNode Placement, OrganisationNode Organisation, IReadOnlyList<string> Skills, double? DistanceKm)
{
    /// <summary>A placement's contact is its supervisor's line: their name unless the contact names someone else.</summary>
    public PlacementListing ToListing() => new(
        Placement.Id, Placement.Title, Placement.Kind, Placement.Description, Organisation.ToListing(), Placement.Lat, Placement.Lon,
        Placement.Capacity, Placement.Filled, Placement.WomenOnly ?? false, Placement.ChildFacing ?? false, Placement.UnsuitableFor ?? [],
        Placement.MaxRiskOfHarm ?? "LOW", Placement.Sessions ?? [], Placement.Supervisor, Skills, DistanceKm, Placement.Version ?? 1,
        Address.From(Placement.AddressLines, Placement.Town, Placement.Postcode),
        Contact.From(Placement.ContactName ?? Placement.Supervisor, Placement.ContactEmail, Placement.ContactPhone, Placement.ContactUrl),
        Placement.MeetingPoint);
}

internal sealed record MentorNode(
    string Id, string DisplayName, string Gender, IReadOnlyList<string>? Languages, int Capacity, double Lat, double Lon, string? Bio, int? Version);

internal sealed record MentorRow(MentorNode Mentor, IReadOnlyList<NeedRef> LivedExperience, int Mentees, IReadOnlyList<OrganisationNode> Organisations, double? DistanceKm)
{
    public MentorListing ToListing() => new(
        Mentor.Id, Mentor.DisplayName, Mentor.Gender, Mentor.Languages ?? [], LivedExperience, Mentor.Capacity, Mentees,
        Mentor.Lat, Mentor.Lon, Mentor.Bio, [.. Organisations.Select(o => o.ToListing())], DistanceKm, Mentor.Version ?? 1);
}
