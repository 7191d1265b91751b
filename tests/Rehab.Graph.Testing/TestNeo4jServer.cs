using System.Diagnostics;
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

    public string InstanceDirectory => Path.Combine(_options.ResolveCacheDirectory(), "instances", _options.Instance);

    public static async Task<TestNeo4jServer> StartAsync()
    {
        var options = new LocalNeo4jOptions { Instance = $"test-{Environment.ProcessId}-{Guid.NewGuid():N}" };
        RemoveAbandonedInstances(options.ResolveCacheDirectory());
        var server = await LocalNeo4jServer.StartAsync(options, NullLogger.Instance, CancellationToken.None);
        return new TestNeo4jServer(options, server);
    }

    /// <summary>A Cypher client connected to this server, as the hub would make it.</summary>
    public async Task<CypherClient> CreateClientAsync()
    {
        var connection = new Neo4jConnection();
        using var http = new HttpClient();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, Uri, new Neo4jOptions(), CancellationToken.None));
        return new CypherClient(new HttpClient(), connection, NullLogger<CypherClient>.Instance);
    }

    /// <summary>Kills the server as a crash would; <see cref="RestartAsync"/> brings it back on the same port and data.</summary>
    public void Crash() => _server.Kill();

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
            if (int.TryParse(owner, out var pid) && !IsRunning(pid))
            {
                StopLeftoverServer(dir);
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static void StopLeftoverServer(string instance)
    {
        var state = Path.Combine(instance, "server.json");
        if (!File.Exists(state))
        {
            return;
        }

        var pid = System.Text.Json.JsonDocument.Parse(File.ReadAllText(state)).RootElement.GetProperty("Pid").GetInt32();
        if (IsRunning(pid))
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            process.WaitForExit();
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
