using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Seeding;
using Rehab.Graph.Testing;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

public sealed class RegionLoaderTests(RegionLoaderTests.LoadedRegion region) : IClassFixture<RegionLoaderTests.LoadedRegion>
{
    [Fact]
    public void The_first_load_if_empty_loads()
    {
        Assert.True(region.FirstLoad);
    }

    [Fact]
    public void A_second_load_if_empty_does_nothing()
    {
        Assert.False(region.SecondLoad);
    }

    [Fact]
    public void Every_seed_item_and_tie_is_in_the_graph()
    {
        Assert.Equal(Tally.All.ToDictionary(t => t.Name, t => t.Expected), region.AfterFirstLoad);
    }

    [Fact]
    public void Loading_again_changes_no_count()
    {
        Assert.Equal(region.AfterFirstLoad, region.AfterReload);
    }

    [Fact]
    public async Task A_service_keeps_its_seed_properties()
    {
        var seed = Seed("services").EnumerateArray().First(s => s.TryGetProperty("lat", out var lat) && lat.ValueKind == JsonValueKind.Number);

        var stored = (await region.Client.RunAsync(
            Statement("service", "MATCH (o:Organisation)-[:OFFERS]->(s:Service {id: $id}) RETURN s, o.id AS organisationId", new() { ["id"] = seed.GetProperty("id").GetString() }),
            TestContext.Current.CancellationToken));

        var service = stored.Single<Dictionary<string, JsonElement>>("s");
        Assert.Equal(seed.GetProperty("organisationId").GetString(), stored.Single<string>("organisationId"));
        foreach (var property in new[] { "name", "description", "lat", "lon", "womenOnly", "online", "languages", "unsuitableFor", "referralRoute" })
        {
            Assert.True(JsonElement.DeepEquals(seed.GetProperty(property), service[property]), $"{property}: {seed.GetProperty(property)} was stored as {service[property]}");
        }
    }

    [Fact]
    public async Task An_online_service_has_no_coordinates()
    {
        var seed = Seed("services").EnumerateArray().First(s => !s.TryGetProperty("lat", out var lat) || lat.ValueKind == JsonValueKind.Null);

        var stored = await region.Client.RunAsync(
            Statement("online", "MATCH (s:Service {id: $id}) RETURN keys(s) AS keys", new() { ["id"] = seed.GetProperty("id").GetString() }),
            TestContext.Current.CancellationToken);

        Assert.DoesNotContain("lat", stored.Single<IReadOnlyList<string>>("keys"));
    }

    [Fact]
    public async Task Ties_naming_people_or_services_the_files_lack_are_left_out_and_the_rest_loads()
    {
        var folder = Directory.CreateTempSubdirectory("rehab-dangling-");
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Combine("seed", "demo-region"), "*.json"))
            {
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            }

            var ties = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.FullName, "ties.json")))!.AsObject();
            var someone = ties["knows"]![0]!["from"]!.GetValue<string>();
            var service = ties["attended"]![0]!["serviceId"]!.GetValue<string>();
            ties["knows"]!.AsArray().Add(new JsonObject { ["from"] = someone, ["to"] = "per-9999", ["kind"] = "FRIEND", ["prosocial"] = true });
            ties["attended"]!.AsArray().Add(new JsonObject { ["personId"] = someone, ["serviceId"] = "svc-9999" });
            ties["attended"]!.AsArray().Add(new JsonObject { ["personId"] = "per-9998", ["serviceId"] = service });
            File.WriteAllText(Path.Combine(folder.FullName, "ties.json"), ties.ToJsonString());
            var loader = new RegionLoader(region.Client, TimeProvider.System, NullLogger<RegionLoader>.Instance);

            await loader.LoadDirectoryAsync("dangling-ties", folder.FullName, TestContext.Current.CancellationToken);

            Assert.True(await loader.IsLoadedAsync("dangling-ties", TestContext.Current.CancellationToken));
            var ends = await region.Client.RunAsync(
                Statement("dangling", "MATCH (p:Person) WHERE p.id IN ['per-9998', 'per-9999'] RETURN count(p) AS people", new()),
                TestContext.Current.CancellationToken);
            Assert.Equal(0, ends.Single<int>("people"));
            Assert.Equal(region.AfterFirstLoad, await region.CountAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static JsonElement Seed(string file) =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", file + ".json"))).RootElement.Clone();

    /// <summary>Loads the demo region as start-up does, then twice more, counting what is in the graph between loads.</summary>
    public sealed class LoadedRegion(Neo4jFixture neo4j) : IAsyncLifetime
    {
        public CypherClient Client => neo4j.Client;

        public bool FirstLoad { get; private set; }

        public bool SecondLoad { get; private set; }

        public IReadOnlyDictionary<string, int> AfterFirstLoad { get; private set; } = new Dictionary<string, int>();

        public IReadOnlyDictionary<string, int> AfterReload { get; private set; } = new Dictionary<string, int>();

        public async ValueTask InitializeAsync()
        {
            await neo4j.MigrateAsync();
            var loader = new RegionLoader(neo4j.Client, TimeProvider.System, NullLogger<RegionLoader>.Instance);
            FirstLoad = await loader.LoadDemoRegionIfEmptyAsync(CancellationToken.None);
            AfterFirstLoad = await CountAsync();
            SecondLoad = await loader.LoadDemoRegionIfEmptyAsync(CancellationToken.None);
            await loader.LoadDemoRegionAsync(CancellationToken.None);
            // The same files read from their folder, as the benchmark's regional set is loaded: same ids, so nothing new.
            await loader.LoadDirectoryAsync("demo-region-from-folder", RepositoryPaths.Combine("seed", "demo-region"), CancellationToken.None);
            AfterReload = await CountAsync();
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        /// <summary>Counts only the seed's own keys, so nodes other tests create cannot disturb the tallies.</summary>
        public async Task<IReadOnlyDictionary<string, int>> CountAsync()
        {
            var results = await neo4j.Client.RunAsync([.. Tally.All.Select(t => Statement($"tally/{t.Name}", t.Cypher, new() { ["keys"] = t.Keys }))]);
            return Tally.All.Zip(results).ToDictionary(pair => pair.First.Name, pair => pair.Second.Single<int>("n"));
        }
    }

    /// <summary>One count over the seed's keys, and what the seed files say it should be.</summary>
    private sealed record Tally(string Name, string Cypher, IReadOnlyList<string> Keys, int Expected)
    {
        public static readonly IReadOnlyList<Tally> All = Build();

        private static List<Tally> Build()
        {
            var services = Seed("services");
            var placements = Seed("placements");
            var mentors = Seed("mentors");
            var people = Seed("people");
            var ties = Seed("ties");
            var organisations = Seed("organisations");
            var serviceIds = KeysOf(services, "id");
            var placementIds = KeysOf(placements, "id");
            var mentorIds = KeysOf(mentors, "id");
            var personIds = KeysOf(people, "id");
            var organisationIds = KeysOf(organisations, "id");
            var plans = Seed("plans");
            var funds = Seed("funds");
            var goals = Inner(plans, "goals");
            var steps = Inner(goals, "steps");
            var entries = Inner(funds, "entries");
            var planIds = KeysOf(plans, "id");
            var goalIds = KeysOf(goals, "id");
            var stepIds = KeysOf(steps, "id");
            var entryIds = KeysOf(entries, "id");
            var reviews = Inner(plans, "reviews").GetArrayLength();
            return
            [
                Nodes("Need", "code", KeysOf(Seed("needs"), "code")),
                Nodes("Strength", "code", KeysOf(Seed("strengths"), "code")),
                Nodes("Practitioner", "id", KeysOf(Seed("practitioners"), "id")),
                Nodes("Organisation", "id", organisationIds),
                Nodes("Service", "id", serviceIds),
                Nodes("Placement", "id", placementIds),
                Nodes("Mentor", "id", mentorIds),
                Nodes("Person", "id", personIds),
                Ties("OFFERS", "(:Organisation)-[r:OFFERS]->(k:Service)", serviceIds, services.GetArrayLength()),
                Ties("ADDRESSES", "(k:Service)-[r:ADDRESSES]->(:Need)", serviceIds, Owned(services, "needs")),
                Ties("HOSTS", "(:Organisation)-[r:HOSTS]->(k:Placement)", placementIds, placements.GetArrayLength()),
                Ties("USES", "(k:Placement)-[r:USES]->(:Strength)", placementIds, Owned(placements, "skills")),
                Ties("HAS_LIVED_EXPERIENCE", "(k:Mentor)-[r:HAS_LIVED_EXPERIENCE]->(:Need)", mentorIds, Owned(mentors, "livedExperience")),
                Ties("VOLUNTEERS_WITH", "(k:Mentor)-[r:VOLUNTEERS_WITH]->(:Organisation)", mentorIds, Owned(mentors, "organisationIds")),
                Ties("SUPERVISES", "(:Practitioner)-[r:SUPERVISES]->(k:Person)", personIds, people.GetArrayLength()),
                Ties("HAS_NEED", "(k:Person)-[r:HAS_NEED]->(:Need)", personIds, people.EnumerateArray().Sum(p => p.GetProperty("needs").EnumerateArray().Select(n => n.GetProperty("code").GetString()).Distinct().Count())),
                Ties("HAS_STRENGTH", "(k:Person)-[r:HAS_STRENGTH]->(:Strength)", personIds, Owned(people, "strengths")),
                Ties("KNOWS", "(k:Person)-[r:KNOWS]->(:Person)", personIds, Pairs(ties.GetProperty("knows"), "from", "to")),
                Ties("MENTORS", "(k:Mentor)-[r:MENTORS]->(:Person)", mentorIds, Pairs(ties.GetProperty("mentors"), "mentorId", "personId")),
                Ties("ATTENDED", "(k:Person)-[r:ATTENDED]->(:Service)", personIds, Pairs(ties.GetProperty("attended"), "personId", "serviceId")),
                Ties("COMPLETED", "(k:Person)-[r:COMPLETED]->(:Placement)", personIds, Pairs(ties.GetProperty("completed"), "personId", "placementId")),
                Ties("PARTNERS_WITH", "(k:Organisation)-[r:PARTNERS_WITH]->(:Organisation)", organisationIds, Pairs(ties.GetProperty("partnersWith"), "from", "to")),
                Nodes("Plan", "id", planIds),
                Nodes("Goal", "id", goalIds),
                Nodes("PlanStep", "id", stepIds),
                Nodes("Fund", "id", KeysOf(funds, "id")),
                Nodes("FundEntry", "id", entryIds),
                Ties("HAS_PLAN", "(:Person)-[r:HAS_PLAN]->(k:Plan)", planIds, plans.GetArrayLength()),
                Ties("HAS_GOAL", "(:Plan)-[r:HAS_GOAL]->(k:Goal)", goalIds, goals.GetArrayLength()),
                Ties("SERVES", "(k:Goal)-[r:SERVES]->(:Need)", goalIds, Owned(goals, "needs")),
                Ties("HAS_STEP", "(:Goal)-[r:HAS_STEP]->(k:PlanStep)", stepIds, steps.GetArrayLength()),
                Ties("SUPPORTED_BY", "(k:PlanStep)-[r:SUPPORTED_BY]->()", stepIds, steps.EnumerateArray().Count(s => s.TryGetProperty("supporterId", out _))),
                Ties("HAS_COMMENT", "(k:PlanStep)-[r:HAS_COMMENT]->(:StepComment)", stepIds, Inner(steps, "comments").GetArrayLength()),
                Ties("HAS_REVIEW", "(k:Plan)-[r:HAS_REVIEW]->(:PlanReview)", planIds, reviews),
                Ties("SNAPSHOT", "(k:Plan)-[:HAS_REVIEW]->(:PlanReview)-[r:SNAPSHOT]->(:SocialCapitalSnapshot)", planIds, reviews),
                Ties("HAS_SNAPSHOT", "(k:Plan)<-[:HAS_PLAN]-(:Person)-[r:HAS_SNAPSHOT]->(:SocialCapitalSnapshot)", planIds, reviews),
                Ties("HAS_ENTRY", "(:Fund)-[r:HAS_ENTRY]->(k:FundEntry)", entryIds, entries.GetArrayLength()),
                Ties("FOR_GOAL", "(k:FundEntry)-[r:FOR_GOAL]->(:Goal)", entryIds, entries.EnumerateArray().Count(e => e.TryGetProperty("goalId", out _))),
                Ties("REFUNDS", "(k:FundEntry)-[r:REFUNDS]->(:FundEntry)", entryIds, entries.EnumerateArray().Count(e => e.TryGetProperty("refundOf", out _))),
            ];
        }

        private static Tally Nodes(string label, string key, IReadOnlyList<string> keys) =>
            new(label, $"MATCH (k:{label}) WHERE k.{key} IN $keys RETURN count(k) AS n", keys, keys.Count);

        private static Tally Ties(string type, string pattern, IReadOnlyList<string> keys, int expected) =>
            new(type, $"MATCH {pattern} WHERE k.id IN $keys RETURN count(r) AS n", keys, expected);

        /// <summary>The items of every owner's nested array, e.g. every plan's goals, as one array.</summary>
        private static JsonElement Inner(JsonElement owners, string property) =>
            JsonSerializer.SerializeToElement(owners.EnumerateArray().SelectMany(o => o.GetProperty(property).EnumerateArray()).ToList());

        private static List<string> KeysOf(JsonElement items, string property) =>
            [.. items.EnumerateArray().Select(i => i.GetProperty(property).GetString()!).Distinct()];

        /// <summary>Ties listed on their owner, e.g. a service's needs; MERGE makes a repeated one a single tie.</summary>
        private static int Owned(JsonElement owners, string property) =>
            owners.EnumerateArray().Sum(o => o.TryGetProperty(property, out var items) ? items.EnumerateArray().Select(i => i.GetString()).Distinct().Count() : 0);

        private static int Pairs(JsonElement ties, string from, string to) =>
            ties.EnumerateArray().Select(t => (t.GetProperty(from).GetString(), t.GetProperty(to).GetString())).Distinct().Count();
    }
}
