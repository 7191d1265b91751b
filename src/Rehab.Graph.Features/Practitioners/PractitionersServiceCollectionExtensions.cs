using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Neo4j.Practitioners;

namespace Rehab.Graph.Features.Practitioners;

public static class PractitionersServiceCollectionExtensions
{
    /// <summary>Practitioners and who supervises whom, for admins.</summary>
    public static IServiceCollection AddPractitioners(this IServiceCollection services)
    {
        services.AddSingleton<PractitionerStore>();
        services.AddScoped<PractitionerService>();
        return services;
    }
}
