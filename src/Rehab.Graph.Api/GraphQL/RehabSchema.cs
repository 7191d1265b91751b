using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Audit;
using Rehab.Graph.Api.Commissioning;
using Rehab.Graph.Api.Connector;
using Rehab.Graph.Api.ImmediateJustice;
using Rehab.Graph.Api.ListingEdits;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Organisations;
using Rehab.Graph.Api.People;
using Rehab.Graph.Api.Practitioners;
using Rehab.Graph.Api.Referrals;

namespace Rehab.Graph.Api.GraphQL;

public sealed class RehabSchema : Schema
{
    public RehabSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Rehab.Graph: a community-connector hub for probation. What nearby, suitable support is there, and why?";
        Query = query;
        Mutation = mutation;
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
        this.AddCommissioningFields();
        this.AddPeopleFields();
        this.AddReferralFields();
        this.AddAuditFields();
        this.AddPractitionerFields();
        this.AddImmediateJusticeFields();
    }
}

/// <summary>Writes. Each mutation is one Neo4j transaction with its audit entry, or nothing.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddReferralMutations();
        this.AddListingMutations();
        this.AddImmediateJusticeMutations();
        this.AddOrganisationMutations();
        this.AddPractitionerMutations();
    }
}
