using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.Features.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The community connector, with its scoring weights from <c>Connector:Weights</c> (defaults in <see cref="ScoringWeights"/>).</summary>
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<ScoringWeights>().BindConfiguration(ScoringWeights.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ConnectorService>();
        return services;
    }
}
