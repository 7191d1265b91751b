using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Plans;

public static class PlansServiceCollectionExtensions
{
    /// <summary>Person-centred plans: goals, steps and reviews, shared by the person and their offender manager.</summary>
    public static IServiceCollection AddPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanService>();
        return services;
    }
}
