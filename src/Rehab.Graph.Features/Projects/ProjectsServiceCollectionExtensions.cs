using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Projects;

public static class ProjectsServiceCollectionExtensions
{
    /// <summary>Co-produced projects: started, joined, run, and funded by grants with the personal funds' ledger rules.</summary>
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.AddScoped<ProjectService>();
        return services;
    }
}
