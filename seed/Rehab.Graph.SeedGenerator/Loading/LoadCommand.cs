using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// Loads a generated folder into Neo4j through the hub's own migrations and RegionLoader, so the
/// benchmark graph has exactly the shape the hub expects. A local server started here is left
/// running for the benchmark to point the hub at.
/// </summary>
public static class LoadCommand
{
    public const string DefaultInstance = "bench";

    /// <param name="seedName">The name the load is recorded under, so a second load of the same set does nothing.</param>
    public static async Task<int> RunAsync(string seedName, string directory, Uri? neo4jUri, string instance, CancellationToken cancellationToken)
    {
        using var loggers = LoggerFactory.Create(builder => builder.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        }));
        var logger = loggers.CreateLogger("Rehab.Graph.SeedGenerator");
        if (!File.Exists(Path.Combine(directory, "ties.json")))
        {
            logger.LogError("No data set in {Directory}; run 'generate' first.", directory);
            return 1;
        }

        var started = Stopwatch.StartNew();
        // Parsing the national set's files takes seconds; they are parsed while Neo4j starts and migrates.
        var reading = Task.Run(() => SeedRegionFiles.FromDirectory(directory), cancellationToken);
        // Deliberately never disposed: disposing would stop the server the benchmark is about to use. Its batches may
        // run as long as the client waits for them, longer than the hub's default transaction timeout.
        var local = neo4jUri is null
            ? await LocalNeo4jServer.StartAsync(
                new LocalNeo4jOptions { Instance = instance, HeapMb = 1024, PageCacheMb = 512, TransactionTimeout = TimeSpan.FromMinutes(5) }, logger, cancellationToken)
            : null;
        var uri = local?.Uri ?? neo4jUri!;

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var endpoint = await Neo4jDiscovery.DiscoverAsync(http, uri, new Neo4jOptions(), cancellationToken);
        var connection = new Neo4jConnection();
        connection.Connect(endpoint);
        logger.LogInformation("Connected to Neo4j {Version} at {Uri} ({Dialect}).", endpoint.Version, uri, endpoint.Dialect);
        var cypher = new CypherClient(http, connection, loggers.CreateLogger<CypherClient>());

        var migrations = await new MigrationRunner(cypher, connection, TimeProvider.System, loggers.CreateLogger<MigrationRunner>()).ApplyAsync(cancellationToken);
        logger.LogInformation("Applied {Count} migrations.", migrations);

        var loader = new RegionLoader(cypher, TimeProvider.System, loggers.CreateLogger<RegionLoader>());
        if (await loader.IsLoadedAsync(seedName, cancellationToken))
        {
            logger.LogInformation("A completed '{Seed}' load is already recorded; nothing to load.", seedName);
        }
        else
        {
            await loader.LoadAsync(seedName, await reading, cancellationToken);
        }

        await ReportCountsAsync(cypher, logger, cancellationToken);
        logger.LogInformation("Total elapsed: {Seconds:0.0} s.", started.Elapsed.TotalSeconds);
        if (local is not null)
        {
            logger.LogInformation(
                "Neo4j is left running at {Uri} (pid {Pid}, instance '{Instance}'); point the hub at it with Neo4j__Uri={Uri}, stop it with: kill {Pid}",
                local.Uri, local.ProcessId, instance, local.Uri, local.ProcessId);
        }

        return 0;
    }

    private static async Task ReportCountsAsync(CypherClient cypher, ILogger logger, CancellationToken cancellationToken)
    {
        var results = await cypher.RunAsync(
        [
            Statement("count-nodes"),
            Statement("count-relationships"),
            Statement("count-relationship-types"),
        ], cancellationToken);
        logger.LogInformation("The graph holds {Nodes:N0} nodes and {Relationships:N0} relationships.", results[0].Single<long>("count"), results[1].Single<long>("count"));
        var types = results[2].Read<string>("type").Zip(results[2].Read<long>("count"), (type, count) => FormattableString.Invariant($"{type} {count:N0}"));
        logger.LogInformation("By type: {Types}", string.Join(", ", types));
    }

    private static CypherStatement Statement(string name)
    {
        using var reader = new StreamReader(typeof(LoadCommand).Assembly.GetManifestResourceStream(name + ".cypher")!);
        return new CypherStatement(name, reader.ReadToEnd(), new Dictionary<string, object?>());
    }
}
