using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

[assembly: AssemblyFixture(typeof(Rehab.Graph.Api.Tests.RehabGraphApplication))]

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The whole hub on a real Kestrel port (so outside tools can call it too) over the test run's own
/// Neo4j, with the demo region loaded by the hub's own start-up, in Development.
/// </summary>
public sealed class RehabGraphApplication : IAsyncLifetime
{
    private TestNeo4jServer? _neo4j;

    public HubFactory Hub { get; private set; } = null!;

    public TestNeo4jServer Neo4j => _neo4j!;

    public Uri BaseAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        // Every test's anonymous requests come from one address here; the allowance itself is tested on hubs of its own
        // (RateLimitTests, OpenReferralApiTests), so this hub's does not ration the run.
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: true, settings: new Dictionary<string, string?>
        {
            [$"{LimitOptions.Section}:{nameof(LimitOptions.AnonymousConnectsPerMinute)}"] = "100000",
        });
        BaseAddress = await Hub.StartAsync();
    }

    public GraphQLClient CreateClient(Caller? caller = null) => Hub.CreateGraphQLClient(caller);

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }
}

/// <summary>The hub's HTTP clients as the API tests use them.</summary>
public static class HubFactoryExtensions
{
    /// <summary>A client that speaks GraphQL over HTTP, signed in as <paramref name="caller"/> (anonymous when null).</summary>
    public static GraphQLClient CreateGraphQLClient(this HubFactory hub, Caller? caller = null) => new(hub.CreateClient(caller));
}
