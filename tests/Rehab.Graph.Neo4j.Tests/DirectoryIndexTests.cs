using System.Globalization;
using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Listings.InMemory;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// The in-memory directory answers as the near statements do, and follows the writes that stamp it. Each test writes its
/// own listings in a corner of the South Atlantic where nothing else is, and compares only its own ids.
/// </summary>
public sealed class DirectoryIndexTests(Neo4jFixture neo4j)
{
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];

    // Needs of the test's own: other tests merge the real ones at the same time, and 3.1's MERGE can then collide.
    private string[] NeedCodes => [$"DIX{_tag}_HOUSING", $"DIX{_tag}_ALCOHOL", $"DIX{_tag}_WORK"];

    [Fact]
    public async Task Its_services_placements_and_mentors_near_a_point_are_the_near_statements_answers_in_the_same_order()
    {
        var centre = await WorldAsync(Centre(0), seed: 20261207);
        var snapshot = await new DirectoryIndex(neo4j.Client, NullLogger<DirectoryIndex>.Instance).WarmAsync(TestContext.Current.CancellationToken);
        var queries =
            from dLat in Gen.Double[-0.1, 0.1]
            from dLon in Gen.Double[-0.15, 0.15]
            from radius in Gen.Double[0.2, 12]
            from needs in Gen.Int[0, 7]
            from online in Gen.Int[0, 2]
            from text in Gen.Int[0, 3]
            from statuses in Gen.Int[0, 2]
            from organisation in Gen.Int[0, 2]
            from skip in Gen.Int[0, 30]
            from first in Gen.Int[1, 25]
            let near = new NearQuery(new GeoPoint(centre.Latitude + dLat, centre.Longitude + dLon), radius)
            select (Near: near, Needs: NeedsOf(needs), Search: new ServiceSearch(
                NeedsOf(needs),
                WomenOnly: null,
                Online: online == 2 ? null : online == 1,
                Text: text switch { 0 => null, 1 => "harbour", 2 => "quay s", _ => "nothing like it" },
                OrganisationId: organisation == 2 ? null : Id("org", organisation.ToString(CultureInfo.InvariantCulture)),
                near,
                new PageRequest(first, skip),
                ActiveOnly: statuses == 0,
                IncludeClosed: statuses == 2));

        await queries.SampleAsync(
            async q =>
            {
                var cypher = await neo4j.Client.RunAsync(
                    [
                        ConnectorQueries.Services(q.Needs, q.Near).Statement,
                        ConnectorQueries.OnlineServices(q.Needs).Statement,
                        ConnectorQueries.Placements(q.Near).Statement,
                        ConnectorQueries.Mentors(q.Near).Statement,
                        ListingQueries.Services(q.Search).Statement,
                    ],
                    TestContext.Current.CancellationToken);
                Same(
                    ConnectorQueries.Services(q.Needs, q.Near).Read(cypher[0]).Items.Select(s => (s.Id, s.DistanceKm, s.Version)),
                    snapshot.Services(q.Needs, q.Near, ConnectorQueries.CandidateLimit).Select(s => (s.Id, s.DistanceKm, s.Version)));
                Same(
                    ConnectorQueries.OnlineServices(q.Needs).Read(cypher[1]).Items.Select(s => (s.Id, s.DistanceKm, s.Version)),
                    snapshot.OnlineServices(q.Needs, ConnectorQueries.CandidateLimit).Select(s => (s.Id, s.DistanceKm, s.Version)));
                Same(
                    ConnectorQueries.Placements(q.Near).Read(cypher[2]).Items.Select(p => (p.Id, p.DistanceKm, p.Filled)),
                    snapshot.Placements(q.Near, ConnectorQueries.CandidateLimit).Select(p => (p.Id, p.DistanceKm, p.Filled)));
                Same(
                    ConnectorQueries.Mentors(q.Near).Read(cypher[3]).Items.Select(m => (m.Id, m.DistanceKm, m.Mentees)),
                    snapshot.Mentors(q.Near, ConnectorQueries.CandidateLimit).Select(m => (m.Id, m.DistanceKm, m.Mentees)));
                // The directory's own search, a page and its total: the world is all the test's, so the totals are too.
                var page = ListingQueries.Services(q.Search).Read(cypher[4]);
                var fromMemory = snapshot.Services(q.Search, q.Near);
                Same(page.Items.Select(s => (s.Id, s.DistanceKm, s.Version)), fromMemory.Items.Select(s => (s.Id, s.DistanceKm, s.Version)));
                Assert.Equal(page.TotalCount, fromMemory.TotalCount);
            },
            iter: 60,
            threads: 2,
            print: q => $"{q.Search}");
    }

    [Fact]
    public async Task A_copy_catches_up_with_the_listings_a_write_stamps_and_reads_itself_whole_after_a_bulk_write()
    {
        var token = TestContext.Current.CancellationToken;
        var centre = await WorldAsync(Centre(1), seed: 7);
        var index = new DirectoryIndex(neo4j.Client, NullLogger<DirectoryIndex>.Instance);
        await index.WarmAsync(token);
        var near = new NearQuery(centre, 20);
        var placement = Id("plc", "0");
        var service = (await index.WarmAsync(token)).Services([], near, 1000).First(s => s.Id.StartsWith(Id("svc", ""), StringComparison.Ordinal)).Id;

        // A write the hub makes: the placement's last place taken, stamped in the same transaction.
        await neo4j.Client.RunAsync(
            [
                TestCypher.Statement("fill placement", "MATCH (p:Placement {id: $id}) SET p.filled = p.capacity", new() { ["id"] = placement }),
                DirectoryStatements.Touch(placements: [placement]),
            ],
            token);
        var caughtUp = await CatchUpAsync(index);
        var filled = caughtUp.Placements(near, 1000).Single(p => p.Id == placement);
        Assert.Equal(filled.Capacity, filled.Filled);

        // An organisation renamed shows on every listing it offers or hosts, through the organisation's stamp.
        await neo4j.Client.RunAsync(
            [
                TestCypher.Statement("rename organisation", "MATCH (o:Organisation {id: $id}) SET o.name = 'Renamed Trust'", new() { ["id"] = Id("org", "0") }),
                DirectoryStatements.Touch(organisation: Id("org", "0")),
            ],
            token);
        caughtUp = await CatchUpAsync(index);
        Assert.All(caughtUp.Services([], near, 1000).Where(s => s.Organisation.Id == Id("org", "0")), s => Assert.Equal("Renamed Trust", s.Organisation.Name));
        Assert.All(caughtUp.Placements(near, 1000).Where(p => p.Organisation.Id == Id("org", "0")), p => Assert.Equal("Renamed Trust", p.Organisation.Name));

        // Written past the hub without a stamp, it stays unseen: the copy is only as current as the stamps ...
        await neo4j.Client.RunAsync(TestCypher.Statement("pause unstamped", "MATCH (s:Service {id: $id}) SET s.status = 'PAUSED'", new() { ["id"] = service }), token);
        Assert.Contains(service, (await CatchUpAsync(index)).Services([], near, 1000).Select(s => s.Id));

        // ... until a bulk write's mark makes every copy read the directory whole.
        await neo4j.Client.RunAsync(DirectoryStatements.TouchAll(), token);
        var reloaded = await CatchUpAsync(index);
        Assert.DoesNotContain(service, reloaded.Services([], near, 1000).Select(s => s.Id));
        Assert.True(reloaded.ReloadFrom > caughtUp.ReloadFrom);
    }

    [Fact]
    public async Task Its_search_anywhere_pages_by_name_as_the_statement_does_and_keeps_the_order_through_a_change()
    {
        var token = TestContext.Current.CancellationToken;
        await WorldAsync(Centre(3), seed: 13);
        var index = new DirectoryIndex(neo4j.Client, NullLogger<DirectoryIndex>.Instance);
        // The test's own organisation, so that the totals are the test's too.
        ServiceSearch[] searches =
        [
            new([], null, null, null, Id("org", "1"), null, new PageRequest(200, 0)),
            new([], null, null, "harbour", Id("org", "1"), null, new PageRequest(7, 5), ActiveOnly: true),
            new([], null, true, null, Id("org", "1"), null, new PageRequest(3, 2), IncludeClosed: true),
        ];
        await SameAsync(await index.WarmAsync(token));

        // Renamed to sort first and last, and one closed, each stamped: the copy's order follows without sorting again.
        string[] changed = [Id("svc", "1"), Id("svc", "3"), Id("svc", "5")];
        await neo4j.Client.RunAsync(
            [
                TestCypher.Statement("reorder", """
                    MATCH (a:Service {id: $first}), (z:Service {id: $last}), (c:Service {id: $closed})
                    SET a.name = 'Aardvark Hall', z.name = 'Zephyr Yard', c.status = 'CLOSED'
                    """, new() { ["first"] = changed[0], ["last"] = changed[1], ["closed"] = changed[2] }),
                DirectoryStatements.Touch(services: changed),
            ],
            token);
        var caughtUp = await CatchUpAsync(index);
        await SameAsync(caughtUp);

        var all = caughtUp.Services(searches[0]).Items;
        Assert.Equal((changed[0], changed[1]), (all[0].Id, all[^1].Id));
        Assert.DoesNotContain(changed[2], all.Select(s => s.Id));

        async Task SameAsync(DirectorySnapshot snapshot)
        {
            foreach (var search in searches)
            {
                var page = await neo4j.Client.QueryAsync(ListingQueries.Services(search), token);
                var fromMemory = snapshot.Services(search);
                Assert.Equal(page.Items.Select(s => (s.Id, s.Version)), fromMemory.Items.Select(s => (s.Id, s.Version)));
                Assert.Equal(page.TotalCount, fromMemory.TotalCount);
            }
        }
    }

    [Fact]
    public async Task Concurrent_stamps_get_distinct_numbers_and_each_reader_sees_every_write_up_to_the_number_it_read()
    {
        var token = TestContext.Current.CancellationToken;
        await WorldAsync(Centre(2), seed: 11);
        var before = (await neo4j.Client.QueryAsync(DirectoryStatements.ChangesSince(long.MaxValue), token)).Number;
        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            (await neo4j.Client.RunAsync(
                [
                    TestCypher.Statement("fill", "MATCH (p:Placement {id: $id}) SET p.filled = $i", new() { ["id"] = Id("plc", (i % 5).ToString(CultureInfo.InvariantCulture)), ["i"] = i }),
                    DirectoryStatements.Touch(placements: [Id("plc", (i % 5).ToString(CultureInfo.InvariantCulture))]),
                ],
                token))[1].Single<long>("number")));

        Assert.Equal(20, numbers.Distinct().Count());
        var changes = await neo4j.Client.QueryAsync(DirectoryStatements.ChangesSince(before), token);
        Assert.True(changes.Number >= numbers.Max());
        Assert.Superset(
            Enumerable.Range(0, 5).Select(i => Id("plc", i.ToString(CultureInfo.InvariantCulture))).ToHashSet(),
            changes.Listings.Placements.Select(p => p.Key).ToHashSet());
    }

    private async Task<DirectorySnapshot> CatchUpAsync(DirectoryIndex index) =>
        await index.CatchUpAsync(await neo4j.Client.QueryAsync(index.Changes(), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

    private IReadOnlyList<string> NeedsOf(int mask) => [.. NeedCodes.Where((_, i) => (mask & (1 << i)) != 0)];

    private static GeoPoint Centre(int test) => new(-40 - test, -20);

    private string Id(string kind, string n) => $"{kind}-dix{_tag}-{n}";

    /// <summary>
    /// Two organisations' services, placements and mentors around <paramref name="centre"/>: statuses, needs, online ones
    /// with and without a place, and several at one spot with the same name, so that order by distance, name and id shows.
    /// </summary>
    private async Task<GeoPoint> WorldAsync(GeoPoint centre, int seed)
    {
        await neo4j.MigrateAsync();
        var random = new Random(seed);
        double Jitter(double span) => (random.NextDouble() - 0.5) * span;
        string[] names = ["Harbour Advice", "Harbour Advice", "Quay Support", "Anchor House"];
        string?[] statuses = [null, "ACTIVE", "ACTIVE", "PAUSED", "CLOSED"];
        var services = Enumerable.Range(0, 300).Select(i =>
        {
            var online = i % 10 == 0;
            var shared = i % 25 == 0;
            return new Dictionary<string, object?>
            {
                ["id"] = Id("svc", i.ToString(CultureInfo.InvariantCulture)),
                ["org"] = Id("org", (i % 2).ToString(CultureInfo.InvariantCulture)),
                ["name"] = names[random.Next(names.Length)],
                ["online"] = online,
                ["lat"] = online && i % 20 == 0 ? null : centre.Latitude + (shared ? 0.01 : Jitter(0.3)),
                ["lon"] = online && i % 20 == 0 ? null : centre.Longitude + (shared ? 0.01 : Jitter(0.4)),
                ["status"] = statuses[random.Next(statuses.Length)],
                ["needs"] = NeedsOf(random.Next(8)),
            };
        }).ToList();
        var placements = Enumerable.Range(0, 120).Select(i => new Dictionary<string, object?>
        {
            ["id"] = Id("plc", i.ToString(CultureInfo.InvariantCulture)),
            ["org"] = Id("org", (i % 2).ToString(CultureInfo.InvariantCulture)),
            ["title"] = names[random.Next(names.Length)],
            ["lat"] = centre.Latitude + (i % 15 == 0 ? 0.02 : Jitter(0.3)),
            ["lon"] = centre.Longitude + (i % 15 == 0 ? 0.02 : Jitter(0.4)),
            ["capacity"] = 4,
            ["filled"] = random.Next(5),
        }).ToList();
        var mentors = Enumerable.Range(0, 120).Select(i => new Dictionary<string, object?>
        {
            ["id"] = Id("mnt", i.ToString(CultureInfo.InvariantCulture)),
            ["org"] = Id("org", (i % 2).ToString(CultureInfo.InvariantCulture)),
            ["name"] = names[random.Next(names.Length)],
            ["lat"] = centre.Latitude + (i % 15 == 0 ? 0.03 : Jitter(0.3)),
            ["lon"] = centre.Longitude + (i % 15 == 0 ? 0.03 : Jitter(0.4)),
            ["mentees"] = random.Next(3),
        }).ToList();
        await neo4j.Client.RunAsync(
            TestCypher.Statement("directory world", """
                UNWIND $needs AS code
                CREATE (:Need {code: code, label: code})
                WITH count(*) AS needs
                UNWIND $orgs AS org
                CREATE (:Organisation {id: org, name: 'Trust ' + org, kind: 'VCSE', lat: $lat, lon: $lon})
                WITH count(*) AS organisations
                UNWIND $services AS s
                MATCH (o:Organisation {id: s.org})
                CREATE (o)-[:OFFERS]->(svc:Service {id: s.id, name: s.name, online: s.online, lat: s.lat, lon: s.lon, status: s.status, womenOnly: false})
                WITH svc, s
                UNWIND s.needs AS code
                MATCH (n:Need {code: code})
                CREATE (svc)-[:ADDRESSES]->(n)
                WITH count(*) AS addressed
                UNWIND $placements AS p
                MATCH (o:Organisation {id: p.org})
                CREATE (o)-[:HOSTS]->(:Placement {id: p.id, title: p.title, kind: 'UNPAID_WORK', lat: p.lat, lon: p.lon, capacity: p.capacity, filled: p.filled})
                WITH count(*) AS hosted
                UNWIND $mentors AS m
                MATCH (o:Organisation {id: m.org})
                CREATE (o)<-[:VOLUNTEERS_WITH]-(mentor:Mentor {id: m.id, displayName: m.name, gender: 'FEMALE', capacity: 3, lat: m.lat, lon: m.lon})
                FOREACH (i IN range(1, m.mentees) | CREATE (mentor)-[:MENTORS]->(:Person {id: m.id + '-mentee-' + toString(i)}))
                RETURN count(*) AS mentors
                """, new()
            {
                ["needs"] = NeedCodes,
                ["orgs"] = new[] { Id("org", "0"), Id("org", "1") },
                ["lat"] = centre.Latitude,
                ["lon"] = centre.Longitude,
                ["services"] = services,
                ["placements"] = placements,
                ["mentors"] = mentors,
            }),
            TestContext.Current.CancellationToken);
        return centre;
    }

    // Java's and .NET's trigonometry may differ in the last bit of a distance: they agree in order, and to a nanometre.
    private void Same(IEnumerable<(string Id, double? DistanceKm, int Other)> fromCypher, IEnumerable<(string Id, double? DistanceKm, int Other)> fromMemory)
    {
        var mine = Id("", "").TrimStart('-');
        var expected = fromCypher.Where(x => x.Id.Contains(mine, StringComparison.Ordinal)).ToList();
        var actual = fromMemory.Where(x => x.Id.Contains(mine, StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Select(x => (x.Id, x.Other)), actual.Select(x => (x.Id, x.Other)));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.DistanceKm ?? -1, pair.Second.DistanceKm ?? -1, 1e-12));
    }
}
