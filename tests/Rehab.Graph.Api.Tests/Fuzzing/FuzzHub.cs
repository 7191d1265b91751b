using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>
/// A hub of its own, with the demo region in a Neo4j of its own, for the fuzzer: generated mutations are valid often
/// enough to write (services, referrals, Immediate Justice cases), which would change what the shared hub's tests count.
/// In Production, as a hostile client would meet it.
/// </summary>
public sealed class FuzzHub : IAsyncLifetime
{
    private TestNeo4jServer? _neo4j;

    public HubFactory Hub { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: true, environment: "Development");
        await Hub.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }
}
