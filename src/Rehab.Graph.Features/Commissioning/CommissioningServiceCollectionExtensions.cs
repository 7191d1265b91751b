using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Commissioning;

public static class CommissioningServiceCollectionExtensions
{
    /// <summary>Need counts for commissioners.</summary>
    public static IServiceCollection AddCommissioning(this IServiceCollection services)
    {
        services.AddScoped<CommissioningService>();
        return services;
    }
}
