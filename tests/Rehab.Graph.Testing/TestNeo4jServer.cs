using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Local;

namespace Rehab.Graph.Testing;

/// <summary>
/// A real Neo4j 3.1.1 for one test run: its own instance directory (never the demo database's),
/// deleted when the run ends.
/// </summary>
public sealed class TestNeo4jServer : IAsyncDisposable
{
    private readonly LocalNeo4jOptions _options;
    private LocalNeo4jServer _server;

    private TestNeo4jServer(LocalNeo4jOptions options, LocalNeo4jServer server)
    {
        _options = options;
        _server = server;
    }

    public Uri Uri => _server.Uri;

    public int ProcessId => _server.ProcessId;

    public string InstanceDirectory => Path.Combine(_options.ResolveCacheDirectory(), "instances", _options.Instance);

    /// <summary>A server for this run; <paramref name="options"/> may set e.g. short transaction timeouts (its instance is the run's own).</summary>
    public static async Task<TestNeo4jServer> StartAsync(LocalNeo4jOptions? options = null)
    {
        options = (options ?? new LocalNeo4jOptions()) with { Instance = NewInstanceName() };
        RemoveAbandonedInstances(options.ResolveCacheDirectory());
        var server = await LocalNeo4jServer.StartAsync(options, NullLogger.Instance, CancellationToken.None);
        return new TestNeo4jServer(options, server);
    }

    /// <summary>
    /// A fresh instance name for a server some other process (e.g. a hub of a test's own) starts: the test run's, so that
    /// a killed run's leftovers are found and removed, like those of <see cref="StartAsync"/>.
    /// </summary>
    public static string NewInstanceName() => $"test-{Environment.ProcessId}-{Guid.NewGuid():N}";

    /// <summary>Where an instance's files live; delete it once its server has stopped.</summary>
    public static string InstanceDirectoryOf(string instance) => Path.Combine(new LocalNeo4jOptions().ResolveCacheDirectory(), "instances", instance);

    /// <summary>A Cypher client connected to this server, as the hub would make it, waiting at most <paramref name="requestTimeout"/> for each answer.</summary>
    public Task<CypherClient> CreateClientAsync(TimeSpan? requestTimeout = null) => CreateClientAsync(Uri, requestTimeout);

    /// <summary>A Cypher client connected to the server at <paramref name="uri"/>.</summary>
    public static async Task<CypherClient> CreateClientAsync(Uri uri, TimeSpan? requestTimeout = null)
    {
        var connection = new Neo4jConnection();
        using var http = new HttpClient();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, uri, new Neo4jOptions(), CancellationToken.None));
        return new CypherClient(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, connection, NullLogger<CypherClient>.Instance, requestTimeout ?? TimeSpan.FromSeconds(100));
    }

    /// <summary>Kills the server as a crash would; <see cref="RestartAsync"/> brings it back on the same port and data.</summary>
    public void Crash() => _server.Kill();

    /// <summary>Stops the server cleanly, as an administrator would, from outside; <see cref="RestartAsync"/> brings it back on the same port.</summary>
    public void Stop() => ProcessFaults.Stop(ProcessId);

    /// <summary>Freezes the server (SIGSTOP): it keeps its connections and accepts new ones, but answers nothing until <see cref="Thaw"/>.</summary>
    public void Freeze() => ProcessFaults.Freeze(ProcessId);

    public void Thaw() => ProcessFaults.Thaw(ProcessId);

    public async Task RestartAsync()
    {
        _server = await LocalNeo4jServer.StartAsync(_options, NullLogger.Instance, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill();
        await _server.DisposeAsync();
        if (Directory.Exists(InstanceDirectory))
        {
            Directory.Delete(InstanceDirectory, recursive: true);
        }
    }

    /// <summary>Test runs that were killed leave their instance, and maybe its Neo4j, behind: stop and delete them.</summary>
    private static void RemoveAbandonedInstances(string cache)
    {
        var instances = Path.Combine(cache, "instances");
        if (!Directory.Exists(instances))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(instances, "test-*"))
        {
            var owner = Path.GetFileName(dir).Split('-')[1];
            if (int.TryParse(owner, out var pid) && !ProcessFaults.IsRunning(pid))
            {
                StopLeftoverServer(dir);
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static void StopLeftoverServer(string instance)
    {
        if (ProcessFaults.ServerOf(instance) is { } server && ProcessFaults.IsRunning(server.Pid))
        {
            ProcessFaults.Kill(server.Pid);
        }
    }
}
