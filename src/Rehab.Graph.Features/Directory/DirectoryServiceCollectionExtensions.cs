using Microsoft.Extensions.DependencyInjection;

namespace Rehab.Graph.Features.Directory;

public static class DirectoryServiceCollectionExtensions
{
    /// <summary>The public directory's reads.</summary>
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<DirectoryService>();
        return services;
    }
}
