using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Organisations;

public static class OrganisationsServiceCollectionExtensions
{
    /// <summary>Organisations, for admins.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddScoped<OrganisationService>();
        return services;
    }
}
