using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Listings;

public sealed class ServiceType : ObjectGraphType<ServiceListing>
{
    public ServiceType()
    {
        Name = "Service";
        Interface<NodeInterface>();
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Name);
        Field(s => s.Description, nullable: true);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs").WithComplexityImpact(1, ListComplexity.MaxNeeds).Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<GeoPointType>>("location")
            .Description("Where the service is delivered; for an online service, its provider's address.")
            .Resolve(c => new GeoPoint(c.Source.Lat, c.Source.Lon));
        Field<FloatGraphType>("distanceKm").Description("Set when the query had `near`.").Resolve(c => ListingDistance.Round(c.Source.DistanceKm));
        Field(s => s.Online).Description("Delivered online (e.g. computerised CBT), whatever the distance.");
        Field(s => s.WomenOnly);
        Field(s => s.MinAge, nullable: true);
        Field(s => s.MaxAge, nullable: true);
        Field(s => s.Languages).Description("ISO 639-1 codes of the languages it is delivered in.");
        Field(s => s.UnsuitableFor).Description("Risk flags that make a person ineligible.");
        Field(s => s.Capacity, nullable: true);
        Field(s => s.WaitingDays, nullable: true);
        Field(s => s.OpeningTimes, nullable: true);
        Field(s => s.ReferralRoute, nullable: true).Description("SELF, PRACTITIONER, GP or AGENCY.");
        Field(s => s.ByAndFor).Description($"The communities it is run by and for ({string.Join(", ", CommunityCodes.All)}); none for a service open to all alike.");
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field<ContactType>("contact").Resolve(c => c.Source.Contact);
        Field<NonNullGraphType<ServiceStatusType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.Version).Description("Counts the changes to it; a change names the version it was made to.");
    }
}

public sealed class ServiceStatusType : EnumerationGraphType<ServiceStatus>
{
    public ServiceStatusType()
    {
        Name = "ServiceStatus";
        Description = "ACTIVE takes people; PAUSED is listed but not offered by connect; CLOSED is gone from the directory.";
    }
}

public sealed class ServiceConnectionType() : ConnectionType<ServiceType, ServiceEdgeType, ServiceListing>("Service");

public sealed class ServiceEdgeType() : EdgeType<ServiceType, ServiceListing>("Service");

/// <summary>
/// How many items the unpaged lists are priced at in the complexity limit, instead of the analyser's default of 20
/// per list: a list of needs at the most it can hold, the whole taxonomy. An organisation's services are bounded by
/// nothing, so they are priced as a page of the directory's default size: a page of organisations with their services
/// fits the limit, while walking organisation, services, organisation, services multiplies by 20 at each step.
/// A mentor volunteers with one or two organisations.
/// </summary>
internal static class ListComplexity
{
    public const double ServicesPerOrganisation = 20;
    public static readonly double MaxNeeds = NeedCodes.All.Count;
    public const double OrganisationsPerMentor = 2;
}

internal static class ListingDistance
{
    /// <summary>Metres are precision enough for a practitioner, and rounding keeps responses stable.</summary>
    public static double? Round(double? km) => km is { } value ? Math.Round(value, 3) : null;
}
