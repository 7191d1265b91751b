using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Api.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The connector's scoring weights, from <c>Connector:Weights</c> (defaults in <see cref="ScoringWeights"/>).</summary>
    public static IServiceCollection AddCommunityConnector(this IServiceCollection services)
    {
        services.AddOptions<ScoringWeights>().BindConfiguration(ScoringWeights.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
