using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Neo4j.ListingImport;

namespace Rehab.Graph.Features.Listings;

public static class ListingsServiceCollectionExtensions
{
    /// <summary>Partners' listings: their edits and imports.</summary>
    public static IServiceCollection AddListings(this IServiceCollection services)
    {
        services.AddSingleton<ServiceImportStore>();
        services.AddScoped<ListingService>();
        return services;
    }
}
