using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Testing;

[assembly: AssemblyFixture(typeof(Rehab.Graph.Neo4j.Tests.Neo4jFixture))]

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>One real Neo4j 3.1.1 shared by the whole test run. Tests isolate themselves with unique ids and labels.</summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private TestNeo4jServer? _server;
    private CypherClient? _client;
    private Lazy<Task<int>>? _firstMigration;
    private Lazy<Task<string>>? _uniqueIdLabel;

    public TestNeo4jServer Server => _server ?? throw new InvalidOperationException("The Neo4j fixture has not started.");

    public CypherClient Client => _client ?? throw new InvalidOperationException("The Neo4j fixture has not started.");

    public async ValueTask InitializeAsync()
    {
        _server = await TestNeo4jServer.StartAsync();
        _client = await _server.CreateClientAsync();
        _firstMigration = new(async () => await (await CreateMigrationRunnerAsync()).ApplyAsync(CancellationToken.None));
        _uniqueIdLabel = new(CreateUniqueIdLabelAsync);
    }

    /// <summary>
    /// The one first application of the migrations to this database, whichever test asks first, so its
    /// result (how many migrations were pending) does not depend on the order tests run in.
    /// </summary>
    public Task<int> MigrateAsync() => (_firstMigration ?? throw new InvalidOperationException("The Neo4j fixture has not started.")).Value;

    /// <summary>A label of the tests' own whose <c>id</c> is unique, made once: schema changes are slow and cannot run in parallel.</summary>
    public Task<string> UniqueIdLabelAsync() => (_uniqueIdLabel ?? throw new InvalidOperationException("The Neo4j fixture has not started.")).Value;

    /// <summary>A connection to the server as the hub's start-up makes it: discovered, then connected.</summary>
    public async Task<Neo4jConnection> ConnectAsync()
    {
        using var http = new HttpClient();
        var connection = new Neo4jConnection();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, Server.Uri, new Neo4jOptions(), CancellationToken.None));
        return connection;
    }

    public async Task<MigrationRunner> CreateMigrationRunnerAsync() =>
        new(Client, await ConnectAsync(), TimeProvider.System, NullLogger<MigrationRunner>.Instance);

    private async Task<string> CreateUniqueIdLabelAsync()
    {
        // Neo4j 3.1 reports a deadlock when two schema changes run at once: let the migrations finish first.
        await MigrateAsync();
        const string label = "TestUniqueId";
        // Schema changes cannot share a transaction with data writes.
        await Client.RunAsync(TestCypher.Statement("constraint", $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE"));
        return label;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
