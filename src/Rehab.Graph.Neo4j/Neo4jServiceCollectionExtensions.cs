using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Hosting;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The graph: the Cypher client and each request's read batch, migrations, the demo loader, and the start-up that brings Neo4j up. Each feature registers its own stores.</summary>
    public static IServiceCollection AddNeo4jGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.Section));
        services.AddSingleton<Neo4jConnection>();
        // One pooled client for the process: connections to Neo4j are reused across requests. The client times each
        // answer itself (Neo4j:RequestTimeout); no timeout of the HttpClient's own may cut a request it still watches.
        services.AddSingleton(sp => new CypherClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<Neo4jConnection>(),
            sp.GetRequiredService<ILogger<CypherClient>>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value.EffectiveRequestTimeout));
        services.AddScoped<ReadBatch>();
        services.AddHttpClient(nameof(Neo4jStartup), http => http.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<Neo4jServerSettings>();
        services.AddSingleton<RegionLoader>();
        services.AddHostedService<Neo4jStartup>();
        return services;
    }
}
