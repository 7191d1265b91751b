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
        await WarmUpAsync();
    }

    /// <summary>
    /// The first connect after start-up compiles its code and Cypher and reads cold pages, for seconds on a busy machine:
    /// that is start-up, not an answer to a hostile request, so it happens before the fuzzer's timeout applies.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var client = Hub.CreateGraphQLClient();
        await client.DataAsync("{ needs { code } services(first: 5, near: { place: \"HU5\", radiusKm: 5 }) { nodes { name organisation { name } } } }");
        await client.DataAsync("""
            { connect(input: { profile: { home: { latitude: 53.745, longitude: -0.335 }, gender: MALE,
                exclusionZones: { type: "MultiPolygon", coordinates: [[[[-0.34, 53.70], [-0.36, 53.77], [-0.43, 53.81], [-0.34, 53.70]]]] } } })
              { services { service { id } } placements { placement { id } } mentors { mentor { id } } excluded { id rule } } }
            """);
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
