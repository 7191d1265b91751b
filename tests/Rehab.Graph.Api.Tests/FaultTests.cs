using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Neo4j killed, stopped and frozen while offender managers write through the hub: every acknowledged write is there,
/// none is half-written, no placement stays locked, and the hub recovers by itself. The hub runs its own local Neo4j
/// (as in development), with short server-side timeouts so that a stall resolves in seconds.
/// </summary>
public sealed class FaultTests(FaultTests.World world) : IClassFixture<FaultTests.World>
{
    private const int Clients = 6;

    /// <summary>The server ends a transaction after this; the hub waits a second longer for an answer.</summary>
    private static readonly TimeSpan TransactionTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The server rolls back a transaction that hears nothing for this long.</summary>
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    private static readonly Caller OffenderManager = new(CallerRole.OffenderManager, "prc-fault", null);

    [Theory]
    [InlineData(nameof(ProcessFaults.Kill))]
    [InlineData(nameof(ProcessFaults.Stop))]
    public async Task A_Neo4j_killed_or_stopped_mid_write_is_restarted_by_the_hub_with_every_acknowledged_write_and_none_half_written(string fault)
    {
        var (placements, probers, load) = await StartLoadAsync();
        var ended = world.Neo4jProcessId;

        Action<int> end = fault == nameof(ProcessFaults.Kill) ? ProcessFaults.Kill : ProcessFaults.Stop;
        end(ended);
        var faultEnded = Stopwatch.StartNew();

        await AssertEveryPlacementTakesReferralsAsync(probers, faultEnded, TimeSpan.FromMinutes(2));
        await load.StopAsync();
        Assert.NotEqual(ended, world.Neo4jProcessId);
        await AssertHealthyAsync();
        await AssertConsistentAsync(load, placements);
    }

    [Fact]
    public async Task A_Neo4j_frozen_longer_than_the_hub_waits_leaves_no_placement_locked_once_it_thaws()
    {
        var (placements, probers, load) = await StartLoadAsync();
        var frozen = world.Neo4jProcessId;

        ProcessFaults.Freeze(frozen);
        try
        {
            // Frozen until the hub has given up on writes it had sent, which Neo4j still holds and runs once thawed.
            await load.WaitForUnavailableAsync(load.Now, TimeSpan.FromMinutes(2));
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        finally
        {
            ProcessFaults.Thaw(frozen);
        }

        var faultEnded = Stopwatch.StartNew();

        // Whatever the thawed server runs for callers gone is rolled back within its timeouts, so a new
        // referral gets the placement's lock soon; without them it waited for minutes.
        await AssertEveryPlacementTakesReferralsAsync(probers, faultEnded, TransactionTimeout + IdleTimeout + TimeSpan.FromSeconds(20));
        await load.StopAsync();
        Assert.Equal(frozen, world.Neo4jProcessId);
        await AssertConsistentAsync(load, placements);
    }

    [Fact]
    public async Task Healthz_fails_while_the_hub_cannot_restart_its_Neo4j_and_recovers_when_it_can()
    {
        var conf = Path.Combine(world.InstanceDirectory, "conf");
        var aside = conf + ".aside";
        Directory.Move(conf, aside);
        // Where the restart writes the server's configuration now stands a file: every restart fails.
        await File.WriteAllTextAsync(conf, "");
        try
        {
            ProcessFaults.Kill(world.Neo4jProcessId);

            var failing = await WaitForHealthAsync(HttpStatusCode.ServiceUnavailable, TimeSpan.FromMinutes(1));
            Assert.Equal("failing", failing["status"]!.GetValue<string>());
            Assert.Contains("could not be restarted", failing["neo4j"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(conf);
            Directory.Move(aside, conf);
        }

        var alive = await WaitForHealthAsync(HttpStatusCode.OK, TimeSpan.FromMinutes(2));
        Assert.Equal("alive", alive["status"]!.GetValue<string>());
        var placement = (await world.NewPlacementsAsync(1))[0];
        var probers = new Dictionary<string, Queue<string>> { [placement] = new(await world.NewPeopleAsync(30)) };
        await AssertEveryPlacementTakesReferralsAsync(probers, Stopwatch.StartNew(), TimeSpan.FromMinutes(1));
    }

    /// <summary>
    /// Two new placements under a write load, flowing; and for each, people of its own to refer once the fault is over
    /// (made now, as the graph may then be down).
    /// </summary>
    private async Task<(IReadOnlyList<string> Placements, Dictionary<string, Queue<string>> Probers, ReferralLoad Load)> StartLoadAsync()
    {
        var placements = await world.NewPlacementsAsync(2);
        var probers = new Dictionary<string, Queue<string>>();
        foreach (var placement in placements)
        {
            probers[placement] = new Queue<string>(await world.NewPeopleAsync(60));
        }

        var people = new List<IReadOnlyList<string>>();
        for (var i = 0; i < Clients; i++)
        {
            people.Add(await world.NewPeopleAsync(60));
        }

        var load = new ReferralLoad(world.Hub, OffenderManager, placements, people);
        await load.WaitForAcknowledgedCreatesAsync(Clients);
        return (placements, probers, load);
    }

    /// <summary>A new referral to each placement succeeds within <paramref name="within"/> of the fault's end.</summary>
    private async Task AssertEveryPlacementTakesReferralsAsync(Dictionary<string, Queue<string>> probers, Stopwatch sinceFault, TimeSpan within)
    {
        var client = world.Hub.CreateGraphQLClient(OffenderManager);
        foreach (var (placement, people) in probers)
        {
            while (true)
            {
                // After UNAVAILABLE the referral may have been committed without its answer: each try is a new person's.
                Assert.True(people.TryDequeue(out var person), $"Placement {placement} took no new referral in {sinceFault.Elapsed.TotalSeconds:0} s.");
                var response = await client.PostAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", placementId: \"{placement}\", hoursOrdered: 10}}) {{ id }} }}");
                if (response.Errors.Count == 0)
                {
                    break;
                }

                Assert.True(response.SingleError().Code == "UNAVAILABLE", $"createReferral to {placement} answered: {response.Json}");
                Assert.True(sinceFault.Elapsed < within, $"Placement {placement} took no new referral within {within.TotalSeconds:0} s of the fault's end.");
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    private async Task AssertHealthyAsync()
    {
        using var http = world.Hub.CreateClient();
        using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var readiness = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode);
    }

    private async Task<JsonNode> WaitForHealthAsync(HttpStatusCode expected, TimeSpan within)
    {
        using var http = world.Hub.CreateClient();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (response.StatusCode == expected)
            {
                return body;
            }

            Assert.True(waited.Elapsed < within, $"/healthz still answers {(int)response.StatusCode} {body.ToJsonString()} after {within.TotalSeconds:0} s.");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Every acknowledged referral is stored and every acknowledged withdrawal applied; every referral has the history
    /// event and the audit entry of each step it took, and each placement's filled places are its open referrals.
    /// </summary>
    private async Task AssertConsistentAsync(ReferralLoad load, IReadOnlyList<string> placements)
    {
        Assert.Empty(load.UnexpectedAnswers);
        var cypher = await world.CypherAsync();
        var stored = await cypher.RunAsync(new CypherStatement("test: referrals of placements", """
            MATCH (pl:Placement)<-[:TO]-(r:Referral)
            WHERE pl.id IN $placements
            OPTIONAL MATCH (r)-[:HAS_EVENT]->(e:ReferralEvent)
            WITH r, count(e) AS events
            OPTIONAL MATCH (:AuditTarget {id: r.id})-[:HAS_AUDIT_ENTRY]->(a)
            RETURN r.id AS id, r.status AS status, events, count(a) AS audits
            """, new Dictionary<string, object?> { ["placements"] = placements }));
        var referrals = stored.Read<string>("id").Zip(stored.Read<string>("status"), stored.Read<int>("events"))
            .Zip(stored.Read<int>("audits"), (r, audits) => (Id: r.First, Status: r.Second, Events: r.Third, Audits: audits))
            .ToDictionary(r => r.Id);

        Assert.All(load.AcknowledgedCreates, id => Assert.True(referrals.ContainsKey(id), $"Acknowledged referral {id} is missing."));
        Assert.All(load.AcknowledgedWithdrawals, id => Assert.Equal("WITHDRAWN", referrals[id].Status));
        Assert.All(referrals.Values, r =>
        {
            var steps = r.Status == "PENDING" ? 1 : 2;
            Assert.True(r.Events == steps && r.Audits == steps, $"Referral {r.Id} ({r.Status}) has {r.Events} history events and {r.Audits} audit entries; expected {steps} of each.");
        });

        var places = await cypher.RunAsync(new CypherStatement("test: filled places", """
            MATCH (pl:Placement)
            WHERE pl.id IN $placements
            OPTIONAL MATCH (pl)<-[:TO]-(r:Referral {status: 'PENDING'})
            RETURN pl.id AS id, pl.filled AS filled, count(r) AS open, pl._lock IS NULL AS unmarked
            """, new Dictionary<string, object?> { ["placements"] = placements }));
        Assert.Equal(placements.Count, places.Rows.Count);
        Assert.Equal(places.Read<int>("open"), places.Read<int>("filled"));
        Assert.All(places.Read<bool>("unmarked"), Assert.True);
    }

    /// <summary>A hub running its own local Neo4j, with short transaction timeouts, and an offender manager's caseload.</summary>
    public sealed class World : IAsyncLifetime
    {
        private readonly string _instance = TestNeo4jServer.NewInstanceName();
        private int _sequence;

        public HubFactory Hub { get; private set; } = null!;

        public string InstanceDirectory => TestNeo4jServer.InstanceDirectoryOf(_instance);

        /// <summary>The hub's Neo4j now: a restart changes it.</summary>
        public int Neo4jProcessId => ProcessFaults.ServerOf(InstanceDirectory)?.Pid ?? throw new InvalidOperationException("The hub's Neo4j is not running.");

        public async ValueTask InitializeAsync()
        {
            Hub = new HubFactory(null, seedDemoData: false, settings: new Dictionary<string, string?>
            {
                ["Neo4j:Local:Instance"] = _instance,
                ["Neo4j:Local:HeapMb"] = "256",
                ["Neo4j:Local:TransactionTimeout"] = TransactionTimeout.ToString(),
                ["Neo4j:Local:TransactionIdleTimeout"] = IdleTimeout.ToString(),
                ["Neo4j:RequestTimeout"] = (TransactionTimeout + TimeSpan.FromSeconds(1)).ToString(),
                ["Neo4j:Local:RestartDelay"] = TimeSpan.FromMilliseconds(200).ToString(),
            });
            await Hub.StartAsync();
            var cypher = await CypherAsync();
            await cypher.RunAsync(new CypherStatement("test: fault world", """
                MERGE (:Need {code: 'EMPLOYMENT', label: 'Employment'})
                CREATE (:Organisation {id: 'org-fault', name: 'Fault Test Trust', kind: 'VCSE', lat: 50.72, lon: -3.53})
                CREATE (:Practitioner {id: $om, name: 'OM Fault', deliveryUnit: 'Test'})
                """, new Dictionary<string, object?> { ["om"] = OffenderManager.PractitionerId }));
        }

        /// <summary>A client to the hub's Neo4j wherever it runs now.</summary>
        public async Task<CypherClient> CypherAsync()
        {
            var (_, port, _) = ProcessFaults.ServerOf(InstanceDirectory) ?? throw new InvalidOperationException("The hub's Neo4j is not running.");
            return await TestNeo4jServer.CreateClientAsync(new Uri($"http://127.0.0.1:{port}/"));
        }

        public async Task<IReadOnlyList<string>> NewPlacementsAsync(int count)
        {
            var ids = Enumerable.Range(0, count).Select(_ => $"plc-fault-{Interlocked.Increment(ref _sequence)}").ToList();
            await (await CypherAsync()).RunAsync(new CypherStatement("test: fault placements", """
                MATCH (host:Organisation {id: 'org-fault'})
                UNWIND $ids AS id
                CREATE (host)-[:HOSTS]->(:Placement {id: id, title: 'Fault placement ' + id, kind: 'UNPAID_WORK', lat: 50.72, lon: -3.53,
                        capacity: 100000, filled: 0, womenOnly: false, childFacing: false, unsuitableFor: [], maxRiskOfHarm: 'HIGH',
                        sessions: ['Mon 09:00-15:00', 'Wed 09:00-15:00']})
                """, new Dictionary<string, object?> { ["ids"] = ids }));
            return ids;
        }

        public async Task<IReadOnlyList<string>> NewPeopleAsync(int count)
        {
            var ids = Enumerable.Range(0, count).Select(_ => $"per-fault-{Interlocked.Increment(ref _sequence)}").ToList();
            await (await CypherAsync()).RunAsync(new CypherStatement("test: fault people", """
                MATCH (om:Practitioner {id: $om}), (work:Need {code: 'EMPLOYMENT'})
                UNWIND $ids AS id
                CREATE (om)-[:SUPERVISES]->(p:Person {id: id, displayName: 'Person ' + id, gender: 'MALE', birthYear: 1990, homeLat: 50.72, homeLon: -3.53,
                        languages: ['en'], riskOfHarm: 'MEDIUM', riskFlags: []})
                CREATE (p)-[:HAS_NEED {severity: 2}]->(work)
                """, new Dictionary<string, object?> { ["om"] = OffenderManager.PractitionerId, ["ids"] = ids }));
            return ids;
        }

        public async ValueTask DisposeAsync()
        {
            await Hub.DisposeAsync();
            if (Directory.Exists(InstanceDirectory))
            {
                Directory.Delete(InstanceDirectory, recursive: true);
            }
        }
    }
}
