using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Hosting;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// The graph, from the <c>Neo4j</c> section (checked at start-up): the Cypher client and each request's read batch,
    /// migrations, the demo loader, the in-memory directory, and the start-up that brings Neo4j up. Each feature registers its own stores.
    /// </summary>
    public static IServiceCollection AddNeo4jGraph(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Neo4jConnection>();
        // One client for the process, held by a singleton (CypherClient, and its abandoned-transaction cleanup), so the
        // factory's handler rotation would never reach it: rotation is switched off and the handler itself renews its
        // connections (PooledConnectionLifetime), the pattern for a long-lived HttpClient from the factory. The client
        // times each answer itself (Neo4j:RequestTimeout); no timeout of the HttpClient's own may cut a request it still
        // watches. It logs its own retries and failures: the factory's per-request logging would add two handlers to
        // every round trip.
        services.AddHttpClient(nameof(CypherClient), http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton(sp => new CypherClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(CypherClient)),
            sp.GetRequiredService<Neo4jConnection>(),
            sp.GetRequiredService<ILogger<CypherClient>>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.EffectiveRequestTimeout));
        services.AddScoped<ReadBatch>();
        // Asked for afresh at each use (discovery, a restart), so the factory's own rotation applies.
        services.AddHttpClient(nameof(Neo4jStartup), http => http.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<Neo4jServerSettings>();
        services.AddSingleton<RegionLoader>();
        services.AddSingleton<DirectoryIndex>();
        services.AddSingleton<AuditLog>();
        services.AddHostedService<Neo4jStartup>();
        return services;
    }
}
