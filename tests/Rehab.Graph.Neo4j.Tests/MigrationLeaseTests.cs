using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Testing;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Several hubs starting together on one fresh database: each on a server of its own, as the shared one is migrated.</summary>
public sealed class MigrationLeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_runners_started_together_apply_each_migration_exactly_once()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        var runners = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateRunnerAsync(neo4j)));

        var applied = await Task.WhenAll(runners.Select(runner => Task.Run(() => runner.ApplyAsync(Ct), Ct)));

        Assert.Equal(Migration.All.Count, applied.Sum());
        var recorded = await (await neo4j.CreateClientAsync()).RunAsync(
            Statement("migrations", "MATCH (m:Migration) RETURN m.version AS version ORDER BY m.version"), Ct);
        Assert.Equal(Migration.All.Select(m => m.Version), recorded.Read<int>("version"));
        Assert.All(await HoldersAsync(neo4j), Assert.Null);
    }

    [Fact]
    public async Task A_lease_left_by_a_hub_that_died_is_taken_over_once_it_expires()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        var client = await neo4j.CreateClientAsync();
        await client.RunAsync(Statement("a dead hub's lease", "CREATE (:MigrationLock {id: 'migrations', holder: 'dead-hub', expiresAt: $expiresAt})",
            new Dictionary<string, object?> { ["expiresAt"] = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeMilliseconds() }), Ct);

        Assert.Equal(Migration.All.Count, await (await CreateRunnerAsync(neo4j)).ApplyAsync(Ct));

        Assert.All(await HoldersAsync(neo4j), Assert.Null);
    }

    [Fact]
    public async Task A_statement_that_outlasts_the_lease_keeps_it_and_a_hub_starting_meanwhile_waits()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        // Renewed every second, so a renewal may come two seconds late before the lease lapses: a one-second lease
        // (renewed every third of a second) lapsed once on a loaded CI machine.
        var lease = new MigrationLease(TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100));
        // The first migration's first statement takes four leases' time, as an index built on a national graph might.
        var slow = new SlowStatement("CREATE CONSTRAINT", TimeSpan.FromSeconds(12));
        var first = await CreateRunnerAsync(neo4j, lease, slow);
        var applying = Task.Run(() => first.ApplyAsync(Ct), Ct);
        await slow.Started.WaitAsync(Ct);

        var second = await CreateRunnerAsync(neo4j, lease);
        var waited = await second.ApplyAsync(Ct);

        Assert.Equal(Migration.All.Count, await applying);
        Assert.Equal(0, waited);
        Assert.All(await HoldersAsync(neo4j), Assert.Null);
    }

    /// <summary>The holders of the lease's nodes: hubs that start together on a fresh database may each have made one.</summary>
    private static async Task<IReadOnlyList<string?>> HoldersAsync(TestNeo4jServer neo4j) =>
        (await (await neo4j.CreateClientAsync()).RunAsync(Statement("lease holders", "MATCH (l:MigrationLock) RETURN l.holder AS holder"), Ct)).Read<string?>("holder");

    private static Task<MigrationRunner> CreateRunnerAsync(TestNeo4jServer neo4j) =>
        CreateRunnerAsync(neo4j, new MigrationLease(TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(100)));

    private static async Task<MigrationRunner> CreateRunnerAsync(TestNeo4jServer neo4j, MigrationLease lease, SlowStatement? slow = null)
    {
        using var http = new HttpClient();
        var connection = new Neo4jConnection();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, neo4j.Uri, new Neo4jOptions(), CancellationToken.None));
        var cypher = slow is null
            ? await neo4j.CreateClientAsync()
            : new CypherClient(new HttpClient(slow) { Timeout = Timeout.InfiniteTimeSpan }, connection, NullLogger<CypherClient>.Instance);
        return new MigrationRunner(cypher, connection, TimeProvider.System, NullLogger<MigrationRunner>.Instance, lease);
    }

    /// <summary>Holds the first request whose statements hold <paramref name="text"/> for <paramref name="delay"/> before sending it on.</summary>
    private sealed class SlowStatement(string text, TimeSpan delay) : DelegatingHandler(new HttpClientHandler())
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            if (body.Contains(text, StringComparison.Ordinal) && _started.TrySetResult())
            {
                await Task.Delay(delay, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
