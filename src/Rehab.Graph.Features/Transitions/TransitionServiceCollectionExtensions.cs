using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Transitions;

public static class TransitionServiceCollectionExtensions
{
    /// <summary>Releases, new homes, handovers and the move to adult services, checked for the ties they may break and recorded.</summary>
    public static IServiceCollection AddTransitions(this IServiceCollection services)
    {
        services.AddScoped<TransitionService>();
        return services;
    }
}
