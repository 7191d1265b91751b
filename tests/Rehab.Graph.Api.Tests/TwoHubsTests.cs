using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Two hubs started together on one Neo4j of their own, as several hubs behind a load balancer run: each start
/// applies the migrations or waits for the other to, and a change written through one hub is what the next connect
/// on the other finds, a place taken and a mentee taken on too, though each hub ranks from its own copy of the directory.
/// </summary>
public sealed class TwoHubsTests(TwoHubsTests.Hubs hubs) : IClassFixture<TwoHubsTests.Hubs>
{
    private const string Org = "org-0001";
    private const double Lat = 52.0;
    private const double Lon = -1.0;

    [Fact]
    public async Task A_listing_changed_or_paused_through_one_hub_is_what_the_next_connect_on_the_other_finds()
    {
        var partner = hubs.A.CreateGraphQLClient(new Caller(CallerRole.Partner, null, Org));
        var input = new JsonObject
        {
            ["organisationId"] = Org,
            ["name"] = "Two-hub alcohol drop-in",
            ["needs"] = new JsonArray("ALCOHOL"),
            ["location"] = new JsonObject { ["latitude"] = Lat, ["longitude"] = Lon },
            ["referralRoute"] = "SELF",
        };
        var id = (await partner.DataAsync("mutation($input: ServiceInput!) { upsertService(input: $input) { id } }", new { input }))["upsertService"]!["id"]!.GetValue<string>();
        Assert.Equal("Two-hub alcohol drop-in", (await OfferedOnBAsync())[id]);

        input["id"] = id;
        input["version"] = 1;
        input["name"] = "Two-hub alcohol drop-in, Tuesdays";
        (await partner.PostAsync("mutation($input: ServiceInput!) { upsertService(input: $input) { id } }", new { input })).AssertNoErrors();

        Assert.Equal("Two-hub alcohol drop-in, Tuesdays", (await OfferedOnBAsync())[id]);
        Assert.Equal("Two-hub alcohol drop-in, Tuesdays", (await ListedNearOnBAsync())[id]);

        (await partner.PostAsync("mutation($input: SetServiceStatusInput!) { setServiceStatus(input: $input) { id } }",
            new { input = new { serviceId = id, status = "PAUSED", version = 2 } })).AssertNoErrors();

        Assert.DoesNotContain(id, (await OfferedOnBAsync()).Keys);
        // The directory lists a paused service still, saying so.
        Assert.Equal("Two-hub alcohol drop-in, Tuesdays (PAUSED)", (await ListedNearOnBAsync())[id]);
    }

    /// <summary>The services the directory on hub B lists near the test's point, by id, with their names and any status but ACTIVE.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ListedNearOnBAsync()
    {
        var data = await hubs.B.CreateGraphQLClient().DataAsync(
            "query($lat: Float!, $lon: Float!) { services(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 50) { nodes { id name status } } }",
            new { lat = Lat, lon = Lon });
        return data["services"]!["nodes"]!.AsArray().ToDictionary(
            s => s!["id"]!.GetValue<string>(),
            s => s!["status"]!.GetValue<string>() == "ACTIVE" ? s["name"]!.GetValue<string>() : $"{s["name"]!.GetValue<string>()} ({s["status"]!.GetValue<string>()})");
    }

    [Fact]
    public async Task A_place_taken_through_one_hub_is_full_on_the_next_connect_on_the_other()
    {
        var cypher = await hubs.CypherAsync();
        await cypher.RunAsync(
        [
            new CypherStatement("test: a one-place placement and a person of prc-07's beside it", """
            MATCH (host:Organisation {id: $org}), (pr:Practitioner {id: 'prc-07'})
            CREATE (host)-[:HOSTS]->(:Placement {id: 'plc-two-hubs', title: 'Two-hub garden', kind: 'UNPAID_WORK', lat: $lat, lon: $lon,
                    capacity: 1, filled: 0, womenOnly: false, childFacing: false, unsuitableFor: [], maxRiskOfHarm: 'HIGH',
                    sessions: ['Mon 09:00-15:00', 'Tue 09:00-15:00', 'Wed 09:00-15:00', 'Thu 09:00-15:00', 'Fri 09:00-15:00', 'Sat 09:00-15:00', 'Sun 09:00-15:00']})
            CREATE (pr)-[:SUPERVISES]->(:Person {id: 'per-two-hubs', displayName: 'Z. Twohubs', gender: 'MALE', birthYear: 1990, homeLat: $lat, homeLon: $lon,
                    languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["org"] = Org, ["lat"] = Lat, ["lon"] = Lon }),
            // Stamped as the hub's own listing writes are, so that both hubs' copies take the new placement in.
            DirectoryStatements.Touch(placements: ["plc-two-hubs"]),
        ]);
        Assert.Contains("plc-two-hubs", await PlacementsOnBAsync());

        var offenderManager = hubs.A.CreateGraphQLClient(new Caller(CallerRole.OffenderManager, "prc-07", null, "a.rahman"));
        (await offenderManager.PostAsync(
            "mutation { createReferral(input: {personId: \"per-two-hubs\", placementId: \"plc-two-hubs\", hoursOrdered: 40}) { id } }")).AssertNoErrors();

        Assert.DoesNotContain("plc-two-hubs", await PlacementsOnBAsync());
    }

    [Fact]
    public async Task A_mentee_taken_on_through_one_hub_fills_the_mentor_on_the_next_connect_on_the_other()
    {
        var cypher = await hubs.CypherAsync();
        await cypher.RunAsync(
        [
            new CypherStatement("test: a mentor with one place and a person of prc-07's beside them", """
                MATCH (host:Organisation {id: $org}), (pr:Practitioner {id: 'prc-07'})
                CREATE (:Mentor {id: 'mnt-two-hubs', displayName: 'Two-hub Mentor', gender: 'MALE', languages: ['en'], capacity: 1, lat: $lat, lon: $lon})
                       -[:VOLUNTEERS_WITH]->(host)
                CREATE (pr)-[:SUPERVISES]->(:Person {id: 'per-two-hubs-mentee', displayName: 'Y. Twohubs', gender: 'MALE', birthYear: 1991, homeLat: $lat, homeLon: $lon,
                        languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
                """, new Dictionary<string, object?> { ["org"] = Org, ["lat"] = Lat, ["lon"] = Lon }),
            DirectoryStatements.Touch(mentors: ["mnt-two-hubs"]),
        ]);
        Assert.Equal(1, (await MentorsOnBAsync())["mnt-two-hubs"]);

        var offenderManager = hubs.A.CreateGraphQLClient(new Caller(CallerRole.OffenderManager, "prc-07", null, "a.rahman"));
        (await offenderManager.PostAsync(
            "mutation { assignMentor(input: {personId: \"per-two-hubs-mentee\", mentorId: \"mnt-two-hubs\"}) { id } }")).AssertNoErrors();

        Assert.DoesNotContain("mnt-two-hubs", (await MentorsOnBAsync()).Keys);
    }

    /// <summary>The mentors an anonymous connect on hub B offers near the test's point, with how many more people each can take on.</summary>
    private async Task<IReadOnlyDictionary<string, int>> MentorsOnBAsync()
    {
        var data = await hubs.B.CreateGraphQLClient().DataAsync(
            "query($lat: Float!, $lon: Float!) { connect(input: {profile: {home: {latitude: $lat, longitude: $lon}, gender: MALE, age: 30, needs: [\"ALCOHOL\"]}, " +
            "near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 50}) { mentors { mentor { id spareCapacity } } } }",
            new { lat = Lat, lon = Lon });
        return data["connect"]!["mentors"]!.AsArray().ToDictionary(m => m!["mentor"]!["id"]!.GetValue<string>(), m => m!["mentor"]!["spareCapacity"]!.GetValue<int>());
    }

    /// <summary>The placements an anonymous connect on hub B offers near the test's point.</summary>
    private async Task<IReadOnlyList<string>> PlacementsOnBAsync()
    {
        var data = await hubs.B.CreateGraphQLClient().DataAsync(
            "query($lat: Float!, $lon: Float!) { connect(input: {profile: {home: {latitude: $lat, longitude: $lon}, gender: MALE, age: 30, needs: [\"ALCOHOL\"]}, " +
            "near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 50}) { placements { placement { id } } } }",
            new { lat = Lat, lon = Lon });
        return [.. data["connect"]!["placements"]!.AsArray().Select(m => m!["placement"]!["id"]!.GetValue<string>())];
    }

    /// <summary>The services an anonymous connect on hub B offers near the test's point, by id, with their names.</summary>
    private async Task<IReadOnlyDictionary<string, string>> OfferedOnBAsync()
    {
        var data = await hubs.B.CreateGraphQLClient().DataAsync(
            "query($lat: Float!, $lon: Float!) { connect(input: {profile: {home: {latitude: $lat, longitude: $lon}, gender: MALE, age: 30, needs: [\"ALCOHOL\"]}, " +
            "near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 50}) { services { service { id name } } } }",
            new { lat = Lat, lon = Lon });
        return data["connect"]!["services"]!.AsArray()
            .Select(m => m!["service"]!)
            .ToDictionary(s => s["id"]!.GetValue<string>(), s => s["name"]!.GetValue<string>());
    }

    public sealed class Hubs : IAsyncLifetime
    {
        private TestNeo4jServer? _neo4j;

        public HubFactory A { get; private set; } = null!;

        public HubFactory B { get; private set; } = null!;

        /// <summary>The shared Neo4j, for what a test sets up that no hub operation makes.</summary>
        public Task<CypherClient> CypherAsync() => _neo4j!.CreateClientAsync();

        public async ValueTask InitializeAsync()
        {
            _neo4j = await TestNeo4jServer.StartAsync();
            A = new HubFactory(_neo4j.Uri, seedDemoData: true);
            B = new HubFactory(_neo4j.Uri, seedDemoData: false);
            // Together, on a fresh database: both find every migration pending.
            await Task.WhenAll(A.StartAsync(), B.StartAsync());
        }

        public async ValueTask DisposeAsync()
        {
            await A.DisposeAsync();
            await B.DisposeAsync();
            if (_neo4j is not null)
            {
                await _neo4j.DisposeAsync();
            }
        }
    }
}
