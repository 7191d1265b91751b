using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// A world of its own for referrals, in a database and hub of their own, because referrals change
/// the graph (places filled, ties added) that the directory's tests count. Tests add fresh people and
/// placements through <see cref="NewPlacementAsync"/> and <see cref="NewPersonAsync"/>, so no test
/// depends on another's referrals.
/// </summary>
public sealed class ReferralArea : IAsyncLifetime
{
    public const string Collection = "Referral area";

    public const double Lat = 50.72;
    public const double Lon = -3.53;

    /// <summary>On the sphere the hub measures on (radius 6,371 km).</summary>
    public const double KmPerDegreeOfLatitude = 6371.0 * Math.PI / 180;

    private TestNeo4jServer? _neo4j;
    private int _sequence;

    public HubFactory Hub { get; private set; } = null!;

    /// <summary>
    /// The hub's clock: from a Wednesday at 12:00 UTC (12:00 or 13:00 in the UK), one to eight days before the real time, so
    /// sessions, acceptance dates and working days come out the same whatever day and hour the tests run; it runs on from
    /// there, so steps keep their order. Tests that move it put it back (the collection's tests run one at a time).
    /// </summary>
    public RunningClock Clock { get; } = new(Anchor(DateTimeOffset.UtcNow));

    /// <summary>The hub's date in the UK, as GraphQL takes a date.</summary>
    public string Today => UkDate(Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public CypherClient Cypher { get; private set; } = null!;

    /// <summary>The area's own Neo4j, for a second hub on it.</summary>
    public Uri Neo4jUri => _neo4j!.Uri;

    public static string HostOrganisation => "org-devon-host";

    public static string OtherOrganisation => "org-devon-other";

    /// <summary>A service of the host organisation addressing ACCOMMODATION and EMPLOYMENT.</summary>
    public static string HousingService => "svc-devon-housing";

    public static string OtherService => "svc-devon-other";

    public static Caller OffenderManager { get; } = new(CallerRole.OffenderManager, "prc-devon-1", null);

    public static Caller OtherOffenderManager { get; } = new(CallerRole.OffenderManager, "prc-devon-2", null);

    public static Caller HostPartner { get; } = new(CallerRole.Partner, null, HostOrganisation);

    public static Caller OtherPartner { get; } = new(CallerRole.Partner, null, OtherOrganisation);

    public static Caller Admin { get; } = new(CallerRole.Admin, null, null, "admin@test");

    /// <summary>A person on probation signed in as themselves; supervised by <see cref="OffenderManager"/>.</summary>
    public static Caller PersonOnProbation { get; } = new(CallerRole.Person, null, null, PersonId: "per-devon-self");

    public GraphQLClient CreateClient(Caller? caller = null) => Hub.CreateGraphQLClient(caller);

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: false, clock: Clock);
        await Hub.StartAsync();
        Cypher = await _neo4j.CreateClientAsync();
        await Cypher.RunAsync(new CypherStatement("test: referral area", """
            UNWIND ['ACCOMMODATION', 'EMPLOYMENT', 'ALCOHOL'] AS code
            MERGE (:Need {code: code, label: code})
            WITH count(*) AS taxonomy
            CREATE (host:Organisation {id: $host, name: 'Devon Test Trust', kind: 'VCSE', lat: $lat, lon: $lon, contactEmail: 'referrals@devon-test-trust.example'})
            CREATE (:Organisation {id: 'org-devon-probation', name: 'Devon Probation Delivery Unit', kind: 'PROBATION', lat: $lat, lon: $lon, contactEmail: 'ij-queue@devon-probation.example'})
            CREATE (other:Organisation {id: $other, name: 'Exe Other Charity', kind: 'VCSE', lat: $lat, lon: $lon, contactPhone: '01632 960222'})
            CREATE (:Practitioner {id: $om1, name: 'OM One', deliveryUnit: 'Test', email: 'om.one@probation.example', phone: '01632 960001'})
            CREATE (:Practitioner {id: $om2, name: 'OM Two', deliveryUnit: 'Test', email: 'om.two@probation.example', phone: '01632 960002'})
            WITH host, other
            MATCH (housing:Need {code: 'ACCOMMODATION'}), (work:Need {code: 'EMPLOYMENT'}), (alcohol:Need {code: 'ALCOHOL'})
            CREATE (host)-[:OFFERS]->(s:Service {id: $housingService, name: 'Exeter Housing Advice', online: false, lat: $lat, lon: $lon,
                    womenOnly: false, languages: ['en'], unsuitableFor: []})
            CREATE (s)-[:ADDRESSES]->(housing)
            CREATE (s)-[:ADDRESSES]->(work)
            CREATE (other)-[:OFFERS]->(o:Service {id: $otherService, name: 'Exe Alcohol Service', online: false, lat: $lat, lon: $lon,
                    womenOnly: false, languages: ['en'], unsuitableFor: []})-[:ADDRESSES]->(alcohol)
            """, new Dictionary<string, object?>
        {
            ["host"] = HostOrganisation,
            ["other"] = OtherOrganisation,
            ["om1"] = OffenderManager.PractitionerId,
            ["om2"] = OtherOffenderManager.PractitionerId,
            ["housingService"] = HousingService,
            ["otherService"] = OtherService,
            ["lat"] = Lat,
            ["lon"] = Lon,
        }));
        await NewPersonAsync(id: PersonOnProbation.PersonId);
        // Written past the hub, as an operator's script would be: the hub reads its directory again, as after a seed load.
        await Cypher.RunAsync(DirectoryStatements.TouchAll());
        // Read again now rather than in whichever test's request comes first, which would count the reading among its
        // round trips.
        var directory = Hub.Services.GetRequiredService<DirectoryIndex>();
        await directory.CatchUpAsync(await Cypher.QueryAsync(directory.Changes()), CancellationToken.None);
    }

    /// <summary>Runs <paramref name="action"/> with the hub's clock at <paramref name="when"/>, then puts the clock back to where it would be without the detour.</summary>
    public async Task<T> AtAsync<T>(DateTimeOffset when, Func<Task<T>> action)
    {
        var now = Clock.Now;
        Clock.Now = when;
        try
        {
            return await action();
        }
        finally
        {
            Clock.Now = now + (Clock.Now - when);
        }
    }

    /// <summary>The hub's UK date <paramref name="days"/> days from now (negative: ago), as GraphQL takes a date.</summary>
    public string Day(int days) => UkDate(Clock.GetUtcNow()).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    /// <summary>
    /// A new placement of the host organisation, every day 09:00-15:00 unless <paramref name="sessions"/> say otherwise, at the area's
    /// centre or <paramref name="kmNorth"/> of it.
    /// </summary>
    public async Task<string> NewPlacementAsync(int capacity = 4, int filled = 0, bool childFacing = false, double kmNorth = 0, string[]? sessions = null)
    {
        var id = $"plc-devon-{Interlocked.Increment(ref _sequence)}";
        var placement = new CypherStatement("test: placement", """
            MATCH (host:Organisation {id: $host})
            CREATE (host)-[:HOSTS]->(:Placement {id: $id, title: 'Test placement ' + $id, kind: 'UNPAID_WORK', lat: $lat, lon: $lon,
                    capacity: $capacity, filled: $filled, womenOnly: false, childFacing: $childFacing, unsuitableFor: [],
                    maxRiskOfHarm: 'HIGH', sessions: $sessions, addressLines: ['1 Quay Road'], town: 'Exeter', postcode: 'EX2 4AN',
                    contactName: 'S. Fisher', contactPhone: '07700 900111', meetingPoint: 'the boathouse door'})
            """, new Dictionary<string, object?>
        {
            ["host"] = HostOrganisation, ["id"] = id, ["lat"] = Lat + kmNorth / KmPerDegreeOfLatitude, ["lon"] = Lon, ["capacity"] = capacity, ["filled"] = filled, ["childFacing"] = childFacing,
            ["sessions"] = sessions ?? [.. new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }.Select(d => d + " 09:00-15:00")],
        });
        // Stamped in the same request, as the hub's own listing writes are, so that connect sees it.
        await Cypher.RunAsync([placement, DirectoryStatements.Touch(placements: [id])]);
        return id;
    }

    /// <summary>A new person supervised by <paramref name="offenderManager"/> (default the first), needing ACCOMMODATION and ALCOHOL.</summary>
    public async Task<string> NewPersonAsync(Caller? offenderManager = null, string[]? riskFlags = null, string? id = null)
    {
        id ??= $"per-devon-{Interlocked.Increment(ref _sequence)}";
        await Cypher.RunAsync(new CypherStatement("test: person", """
            MATCH (pr:Practitioner {id: $practitioner}), (housing:Need {code: 'ACCOMMODATION'}), (alcohol:Need {code: 'ALCOHOL'})
            CREATE (pr)-[:SUPERVISES]->(p:Person {id: $id, displayName: 'Person ' + $id, gender: 'MALE', birthYear: 1990, homeLat: $lat, homeLon: $lon,
                    languages: ['en'], riskOfHarm: 'MEDIUM', riskFlags: $riskFlags})
            CREATE (p)-[:HAS_NEED {severity: 3}]->(housing)
            CREATE (p)-[:HAS_NEED {severity: 2}]->(alcohol)
            """, new Dictionary<string, object?>
        {
            ["practitioner"] = (offenderManager ?? OffenderManager).PractitionerId, ["id"] = id, ["lat"] = Lat, ["lon"] = Lon, ["riskFlags"] = riskFlags ?? [],
        }));
        return id;
    }

    public async Task<int> FilledAsync(string placementId) =>
        (await Cypher.RunAsync(new CypherStatement("test: filled", "MATCH (p:Placement {id: $id}) RETURN p.filled AS filled", new Dictionary<string, object?> { ["id"] = placementId })))
        .Single<int>("filled");

    public async Task<bool> TieAsync(string personId, string type, string targetId) =>
        (await Cypher.RunAsync(new CypherStatement("test: tie", "OPTIONAL MATCH (p:Person {id: $person})-[t]->(x {id: $target}) WHERE type(t) = $type RETURN count(t) AS ties",
            new Dictionary<string, object?> { ["person"] = personId, ["target"] = targetId, ["type"] = type })))
        .Single<int>("ties") > 0;

    private static DateTimeOffset Anchor(DateTimeOffset realNow)
    {
        var day = realNow.UtcDateTime.Date.AddDays(-1);
        while (day.DayOfWeek != DayOfWeek.Wednesday)
        {
            day = day.AddDays(-1);
        }

        return new DateTimeOffset(day.AddHours(12), TimeSpan.Zero);
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

[CollectionDefinition(ReferralArea.Collection)]
public sealed class ReferralAreaCollection : ICollectionFixture<ReferralArea>;
