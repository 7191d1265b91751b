using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Neo4j.Organisations;

namespace Rehab.Graph.Features.Organisations;

public static class OrganisationsServiceCollectionExtensions
{
    /// <summary>Organisations, for admins.</summary>
    public static IServiceCollection AddOrganisations(this IServiceCollection services)
    {
        services.AddSingleton<OrganisationStore>();
        services.AddScoped<OrganisationService>();
        return services;
    }
}
