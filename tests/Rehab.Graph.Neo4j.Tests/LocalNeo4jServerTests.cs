using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Testing;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Runs on a server of its own: crashing or stopping the shared one would break every other test.</summary>
public sealed class LocalNeo4jServerTests(LocalNeo4jServerTests.OwnServer own) : IClassFixture<LocalNeo4jServerTests.OwnServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_start_of_a_running_instance_reuses_it()
    {
        await using var second = await StartSameInstanceAsync();

        Assert.False(second.IsOwned);
        Assert.Equal(own.Server.Uri, second.Uri);
    }

    [Fact]
    public async Task Disposing_a_reusing_handle_leaves_the_server_running()
    {
        var second = await StartSameInstanceAsync();
        await second.DisposeAsync();

        var client = await own.Server.CreateClientAsync();
        Assert.Equal(1, (await client.RunAsync(Statement("ping", "RETURN 1 AS ok"), Ct)).Single<int>("ok"));
    }

    [Fact]
    public async Task Committed_data_survives_a_crash()
    {
        var label = UniqueLabel();
        var id = UniqueId();
        var before = await own.Server.CreateClientAsync();
        await before.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = id }), Ct);

        own.Server.Crash();
        await own.Server.RestartAsync();

        var after = await own.Server.CreateClientAsync();
        var ids = (await after.RunAsync(Statement("read", $"MATCH (n:{label}) RETURN n.id AS id"), Ct)).Read<string>("id");
        Assert.Equal([id], ids);
    }

    private Task<LocalNeo4jServer> StartSameInstanceAsync() =>
        LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { Instance = Path.GetFileName(own.Server.InstanceDirectory) }, NullLogger.Instance, Ct);

    public sealed class OwnServer : IAsyncLifetime
    {
        private TestNeo4jServer? _server;

        public TestNeo4jServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

        public async ValueTask InitializeAsync() => _server = await TestNeo4jServer.StartAsync();

        public async ValueTask DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
