using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Connector;
using Rehab.Graph.Api.Listings;

namespace Rehab.Graph.Api.GraphQL;

public sealed class RehabSchema : Schema
{
    public RehabSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Description = "Rehab.Graph: a community-connector hub for probation. What nearby, suitable support is there, and why?";
        Query = query;
        this.RegisterType<ServiceType>();
        this.RegisterType<OrganisationType>();
        this.RegisterType<PlacementType>();
        this.RegisterType<MentorType>();
    }
}

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddListingFields();
        this.AddConnectorFields();
    }
}
