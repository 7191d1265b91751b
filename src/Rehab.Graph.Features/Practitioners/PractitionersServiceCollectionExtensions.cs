using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Practitioners;

public static class PractitionersServiceCollectionExtensions
{
    /// <summary>Practitioners and who supervises whom, for admins.</summary>
    public static IServiceCollection AddPractitioners(this IServiceCollection services)
    {
        services.AddScoped<PractitionerService>();
        return services;
    }
}
