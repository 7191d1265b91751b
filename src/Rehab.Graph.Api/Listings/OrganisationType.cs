using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Api.Listings;

public sealed class OrganisationType : ObjectGraphType<OrganisationListing>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Interface<NodeInterface>();
        Field(o => o.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(o => o.Name);
        Field(o => o.Kind).Description(string.Join(", ", ListingKinds.Organisation) + ".");
        Field(o => o.Description, nullable: true);
        Field(o => o.Website, nullable: true);
        Field<GeoPointType>("location").Resolve(c => c.Source.Lat is { } lat && c.Source.Lon is { } lon ? new GeoPoint(lat, lon) : null);
        Field<AddressType>("address").Resolve(c => c.Source.Address);
        Field<ContactType>("contact").Resolve(c => c.Source.Contact);
        Field(o => o.Version).Description("Counts the changes made to it; a change names the version it was made to.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceType>>>>("services")
            .Description("The services this organisation offers, by name.")
            .WithComplexityImpact(1, ListComplexity.ServicesPerOrganisation)
            .Resolve(c => c.Directory().ServicesOf(c.Source.Id).Deferred());
    }
}

public sealed class OrganisationConnectionType() : ConnectionType<OrganisationType, OrganisationEdgeType, OrganisationListing>("Organisation");

public sealed class OrganisationEdgeType() : EdgeType<OrganisationType, OrganisationListing>("Organisation");
