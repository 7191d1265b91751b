using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema and its executer, with the limits of <see cref="LimitOptions"/>: the size of the
    /// document before any validation (<see cref="SizeCheckedDocumentValidator"/>), then, beside the
    /// spec's rules, introspection nesting, costly fields, and depth and complexity; a document that passed them is
    /// kept (<see cref="ValidatedDocumentCache"/>) and only its depth and complexity are checked again.
    /// </summary>
    public static IServiceCollection AddRehabGraphQL(this IServiceCollection services)
    {
        services.AddDemoRegionGazetteer();
        services.AddGraphQL(graphql => graphql
            .AddSchema<RehabSchema>()
            .AddGraphTypes(typeof(RehabSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<RehabErrorInfoProvider>()
            .AddValidationRule(new NoSubscriptionsRule())
            .AddValidationRule(new IntrospectionNestingRule())
            .AddValidationRule(services => new CostlyFieldsRule(Limits(services)))
            .AddValidationRule(services => new QueryCostRule(Limits(services)), useForCachedDocuments: true));
        services.AddSingleton<IDocumentValidator, SizeCheckedDocumentValidator>();
        services.AddSingleton<IConfigureExecution, ValidatedDocumentCache>();
        return services;
    }

    private static LimitOptions Limits(IServiceProvider services) => services.GetRequiredService<IOptions<LimitOptions>>().Value;
}
