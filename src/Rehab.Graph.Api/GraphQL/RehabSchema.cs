using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using Rehab.Graph.Api.Audit;
using Rehab.Graph.Api.Commissioning;
using Rehab.Graph.Api.Connector;
using Rehab.Graph.Api.Funds;
using Rehab.Graph.Api.ImmediateJustice;
using Rehab.Graph.Api.ListingEdits;
using Rehab.Graph.Api.Mentoring;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Organisations;
using Rehab.Graph.Api.People;
using Rehab.Graph.Api.Plans;
using Rehab.Graph.Api.Projects;
using Rehab.Graph.Api.Practitioners;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Api.Transitions;

namespace Rehab.Graph.Api.GraphQL;

public sealed class RehabSchema : Schema
{
    public RehabSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Rehab.Graph: a community-connector hub for probation. What nearby, suitable support is there, and why?";
        Query = query;
        Mutation = mutation;
        // What the standard introspection query asks with every option on (see OnBeforeInitializeType for the rest).
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        this.RegisterType<ServiceType>();
        this.RegisterType<OrganisationType>();
        this.RegisterType<PlacementType>();
        this.RegisterType<MentorType>();
        // GraphQL.NET's own resolver throws on an empty name, which would be reported as the hub's failure; the spec's
        // answer to a name no type has is null.
        TypeMetaFieldType.Resolver = new FuncFieldResolver<IGraphType?>(c =>
            c.GetArgument<string>("name") is { Length: > 0 } name ? c.Schema.AllTypes[name] : null);
    }

    /// <summary>
    /// Completes introspection as the October 2021 spec and its successor's draft have it, which
    /// GraphQL.NET 8 does not quite: <c>__Type.specifiedByURL</c> (always null, as none of this schema's
    /// scalars is specified by a URL) and <c>__Directive.args(includeDeprecated:)</c>, both of which the
    /// standard introspection query asks for with every option on.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type:
                type.Field<StringGraphType>("specifiedByURL").Resolve(_ => null);
                break;
            case __Directive directive:
                var args = directive.GetField("args")!;
                args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(c =>
                    c.Source.Arguments?.Where(a => c.GetArgument<bool>("includeDeprecated") || string.IsNullOrWhiteSpace(a.DeprecationReason)) ?? []);
                break;
        }
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
        this.AddColleagueFields();
        this.AddImmediateJusticeFields();
        this.AddPlanFields();
        this.AddFundFields();
        this.AddProjectFields();
        this.AddTransitionFields();
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
        this.AddListingImportMutation();
        this.AddImmediateJusticeMutations();
        this.AddOrganisationMutations();
        this.AddPractitionerMutations();
        this.AddPlanMutations();
        this.AddPeopleMutations();
        this.AddMentoringMutations();
        this.AddFundMutations();
        this.AddProjectMutations();
        this.AddTransitionMutations();
    }
}
