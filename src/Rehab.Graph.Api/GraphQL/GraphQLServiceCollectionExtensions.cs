using GraphQL;
using GraphQL.Validation.Complexity;
using Rehab.Graph.Api.Geography;

namespace Rehab.Graph.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Depth and complexity bounds: deep enough for any screen, too small to walk the whole graph.</summary>
    public const int MaxDepth = 10;
    public const int MaxComplexity = 5_000;

    public static IServiceCollection AddRehabGraphQL(this IServiceCollection services)
    {
        services.AddDemoRegionGazetteer();
        services.AddScoped<RequestLoaders>();
        services.AddGraphQL(graphql => graphql
            .AddSchema<RehabSchema>()
            .AddGraphTypes(typeof(RehabSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<RehabErrorInfoProvider>()
            .AddValidationRule(new NoSubscriptionsRule())
            .AddValidationRule(new QueryCostRule(new ComplexityOptions { MaxDepth = MaxDepth, MaxComplexity = MaxComplexity })));
        return services;
    }
}
