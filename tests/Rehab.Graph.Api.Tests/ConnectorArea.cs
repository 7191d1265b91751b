using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// A small world for the connector in Cumbria, in a database and hub of its own so that the directory's
/// whole-graph counts stay those of the demo region: beside each control item, one item that breaks
/// exactly one hard rule for the test person.
/// </summary>
public sealed class ConnectorArea : IAsyncLifetime
{
    private TestNeo4jServer? _neo4j;

    public HubFactory Hub { get; private set; } = null!;

    public const double Lat = 54.45;
    public const double Lon = -3.05;

    public string Tag { get; } = Guid.NewGuid().ToString("N")[..8];

    public string Id(string kind, string name) => $"{kind}-t{Tag}-{name}";

    /// <summary>A GeoJSON square of about 1 km around the zone service, [longitude, latitude].</summary>
    public object ZoneAroundZoneService => new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { Lon + 0.010, Lat + 0.005 }, new[] { Lon + 0.030, Lat + 0.005 }, new[] { Lon + 0.030, Lat + 0.015 }, new[] { Lon + 0.010, Lat + 0.015 }, new[] { Lon + 0.010, Lat + 0.005 } } },
    };

    /// <summary>Far enough from the test person (55 km) that nothing here is within their radius, nor theirs within this one's.</summary>
    public const double VeteranLat = Lat - 0.5;

    /// <summary>The veteran's open referral (pending, made 3 Dec 2026) to the service "vet-referred".</summary>
    public string OpenReferral => Id("ref", "open");

    /// <summary>The veteran's completed referral (made 1 Nov, completed 12 Nov 2026) to the placement "vet-done".</summary>
    public string CompletedReferral => Id("ref", "done");

    /// <summary>The offender manager who supervises the test person.</summary>
    public Caller OffenderManager => new(CallerRole.OffenderManager, Id("prc", "om"), null);

    public GraphQLClient CreateClient(Caller? caller = null) => Hub.CreateGraphQLClient(caller);

    /// <summary>A client of the area's own database, for tests that add to the area.</summary>
    public Task<CypherClient> CreateCypherClientAsync() => _neo4j!.CreateClientAsync();

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        Hub = new HubFactory(_neo4j.Uri, seedDemoData: false);
        await Hub.StartAsync();
        var cypher = await _neo4j.CreateClientAsync();
        var services = new[]
        {
            Service("ok", "Open Door Housing", 0.004, 0.004),
            Service("near", "Fellside Housing Advice", 0.001, 0.001, waitingDays: 30),
            Service("zone", "Riverside Tenancy Help", 0.010, 0.020),
            Service("women", "Women's Housing Project", -0.010, 0.000, womenOnly: true),
            Service("age", "Young Adults Housing", 0.000, -0.012, minAge: 18, maxAge: 25),
            Service("flag", "Family Housing Support", -0.008, -0.008, unsuitableFor: ["NO_CONTACT_CHILDREN"]),
            Service("language", "Polish Housing Desk", 0.012, -0.004, languages: ["pl"]),
            Service("far", "Distant Housing Service", 0.300, 0.000),
            Service("alcohol", "Lakes Alcohol Service", 0.006, 0.000, need: "ALCOHOL"),
        };
        var placements = new[]
        {
            Placement("ok", "Fell path repairs", 0.005, 0.002, capacity: 6, filled: 2, maxRisk: "HIGH"),
            Placement("child", "Primary school garden", 0.003, -0.006, childFacing: true),
            Placement("risk", "Library shelving", -0.004, 0.006, maxRisk: "LOW"),
            Placement("full", "Community cafe kitchen", -0.006, -0.002, capacity: 3, filled: 3),
            Placement("women", "Women's centre garden", 0.007, 0.007, womenOnly: true),
        };
        await cypher.RunAsync(new CypherStatement("test: connector area", """
            UNWIND ['ACCOMMODATION', 'ALCOHOL', 'SEX_WORK'] AS code
            MERGE (:Need {code: code, label: code})
            MERGE (:Strength {code: 'COOKING', label: 'Cooking'})
            WITH count(*) AS taxonomy
            CREATE (o:Organisation {id: $org, name: 'Cumbria Test Trust', kind: 'VCSE', lat: $lat, lon: $lon})
            CREATE (other:Organisation {id: $otherOrg, name: 'Eden Recovery Hub', kind: 'HEALTH_PROVIDER', lat: $lat, lon: $lon})
            CREATE (other)-[:PARTNERS_WITH]->(o)
            WITH o, other
            UNWIND $services AS s
            MATCH (n:Need {code: s.need})
            CREATE (o)-[:OFFERS]->(x:Service {id: s.id, name: s.name, online: s.online, lat: s.lat, lon: s.lon, womenOnly: s.womenOnly,
                    minAge: s.minAge, maxAge: s.maxAge, languages: s.languages, unsuitableFor: s.unsuitableFor, waitingDays: s.waitingDays})-[:ADDRESSES]->(n)
            WITH DISTINCT o, other
            UNWIND $placements AS p
            CREATE (o)-[:HOSTS]->(:Placement {id: p.id, title: p.title, kind: 'IMMEDIATE_JUSTICE', lat: p.lat, lon: p.lon, capacity: p.capacity, filled: p.filled,
                    womenOnly: p.womenOnly, childFacing: p.childFacing, unsuitableFor: [], maxRiskOfHarm: p.maxRisk, sessions: $daily})
            WITH DISTINCT o, other
            MATCH (cooking:Strength {code: 'COOKING'}), (housing:Need {code: 'ACCOMMODATION'}), (alcohol:Need {code: 'ALCOHOL'}), (ij:Placement {id: $okPlacement})
            CREATE (ij)-[:USES]->(cooking)
            CREATE (m:Mentor {id: $mentor, displayName: 'Sam Test', gender: 'MALE', languages: ['en'], capacity: 3, lat: $lat, lon: $lon})-[:VOLUNTEERS_WITH]->(o)
            CREATE (m)-[:HAS_LIVED_EXPERIENCE]->(housing)
            CREATE (busy:Mentor {id: $busyMentor, displayName: 'Busy Test', gender: 'MALE', languages: ['en'], capacity: 1, lat: $lat, lon: $lon})
            CREATE (pr:Practitioner {id: $practitioner, name: 'Test Practitioner', deliveryUnit: 'Test'})
            CREATE (p:Person {id: $person, displayName: 'T. Person', gender: 'MALE', birthYear: 1986, homeLat: $lat, homeLon: $lon,
                    languages: ['en'], riskOfHarm: 'HIGH', riskFlags: ['NO_CONTACT_CHILDREN']})
            CREATE (pr)-[:SUPERVISES]->(p)
            CREATE (p)-[:HAS_NEED {severity: 3}]->(housing)
            CREATE (p)-[:HAS_NEED {severity: 1}]->(alcohol)
            CREATE (p)-[:HAS_STRENGTH]->(cooking)
            CREATE (m)-[:MENTORS]->(p)
            CREATE (busy)-[:MENTORS]->(:Person {id: $otherMentee, displayName: 'Other Mentee', gender: 'MALE', homeLat: $lat, homeLon: $lon})
            CREATE (friend:Person {id: $friend, displayName: 'Friend Secret', gender: 'MALE', homeLat: $lat, homeLon: $lon})
            CREATE (codefendant:Person {id: $codefendant, displayName: 'Codefendant Secret', gender: 'MALE', homeLat: $lat, homeLon: $lon})
            CREATE (p)-[:KNOWS {kind: 'FRIEND', prosocial: true}]->(friend)
            CREATE (p)-[:KNOWS {kind: 'CO_DEFENDANT', prosocial: false}]->(codefendant)
            CREATE (eden:Service {id: $edenService, name: 'Eden Detox Clinic', online: true, womenOnly: false, languages: ['en'], unsuitableFor: []})
            CREATE (other)-[:OFFERS]->(eden)-[:ADDRESSES]->(alcohol)
            CREATE (p)-[:ATTENDED]->(eden)
            WITH friend, codefendant
            MATCH (ok:Service {id: $okService}), (near:Service {id: $nearService})
            CREATE (friend)-[:ATTENDED]->(ok)
            CREATE (codefendant)-[:ATTENDED]->(near)
            """, new Dictionary<string, object?>
        {
            ["org"] = Id("org", "trust"),
            ["otherOrg"] = Id("org", "eden"),
            ["lat"] = Lat,
            ["lon"] = Lon,
            ["services"] = services,
            ["placements"] = placements,
            ["daily"] = new[] { "Mon 09:00-15:00", "Tue 09:00-15:00", "Wed 09:00-15:00", "Thu 09:00-15:00", "Fri 09:00-15:00", "Sat 09:00-15:00", "Sun 09:00-15:00" },
            ["okPlacement"] = Id("plc", "ok"),
            ["mentor"] = Id("mnt", "sam"),
            ["busyMentor"] = Id("mnt", "busy"),
            ["practitioner"] = Id("prc", "om"),
            ["person"] = Id("per", "client"),
            ["otherMentee"] = Id("per", "mentee"),
            ["friend"] = Id("per", "friend"),
            ["codefendant"] = Id("per", "codefendant"),
            ["edenService"] = Id("svc", "eden"),
            ["okService"] = Id("svc", "ok"),
            ["nearService"] = Id("svc", "near"),
        }));
        await CreateVeteranAsync(cypher);
        // Written past the hub, as an operator's script would be: the hub reads its directory again, as after a seed load.
        await cypher.RunAsync(DirectoryStatements.TouchAll());
        // Read again now rather than in whichever test's request comes first, which would count the reading among its
        // round trips (the tests that expect one failed when they ran first).
        var directory = Hub.Services.GetRequiredService<DirectoryIndex>();
        await directory.CatchUpAsync(await cypher.QueryAsync(directory.Changes()), CancellationToken.None);
    }

    /// <summary>
    /// A second person of the same offender manager, who has done a placement, is referred to a service and has a mentor,
    /// each beside a fresh item that scores less.
    /// </summary>
    private async Task CreateVeteranAsync(CypherClient cypher) =>
        await cypher.RunAsync(new CypherStatement("test: connector area, a person with a history", """
            MATCH (o:Organisation {id: $org}), (pr:Practitioner {id: $practitioner}), (cooking:Strength {code: 'COOKING'}), (housing:Need {code: 'ACCOMMODATION'})
            CREATE (v:Person {id: $veteran, displayName: 'V. Person', gender: 'MALE', birthYear: 1980, homeLat: $lat, homeLon: $lon,
                    languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            CREATE (pr)-[:SUPERVISES]->(v)
            CREATE (v)-[:HAS_NEED {severity: 3}]->(housing)
            CREATE (v)-[:HAS_STRENGTH]->(cooking)
            CREATE (o)-[:OFFERS]->(referred:Service {id: $referredService, name: 'Bay Housing Advice', online: false, lat: $lat + 0.001, lon: $lon,
                    womenOnly: false, languages: ['en'], unsuitableFor: [], waitingDays: 0})-[:ADDRESSES]->(housing)
            CREATE (o)-[:OFFERS]->(:Service {id: $freshService, name: 'Shore Tenancy Support', online: false, lat: $lat + 0.01, lon: $lon,
                    womenOnly: false, languages: ['en'], unsuitableFor: [], waitingDays: 0})-[:ADDRESSES]->(housing)
            CREATE (o)-[:HOSTS]->(done:Placement {id: $donePlacement, title: 'Bay cafe kitchen', kind: 'UNPAID_WORK', lat: $lat + 0.001, lon: $lon,
                    capacity: 6, filled: 0, womenOnly: false, childFacing: false, unsuitableFor: [], maxRiskOfHarm: 'HIGH', sessions: $daily})-[:USES]->(cooking)
            CREATE (o)-[:HOSTS]->(:Placement {id: $freshPlacement, title: 'Shore litter pick', kind: 'UNPAID_WORK', lat: $lat + 0.02, lon: $lon,
                    capacity: 6, filled: 0, womenOnly: false, childFacing: false, unsuitableFor: [], maxRiskOfHarm: 'HIGH', sessions: $daily})
            CREATE (:Mentor {id: $theirMentor, displayName: 'Their Mentor', gender: 'MALE', languages: ['en'], capacity: 3, lat: $lat, lon: $lon})-[:MENTORS]->(v)
            CREATE (:Mentor {id: $otherMentor, displayName: 'Other Mentor', gender: 'MALE', languages: ['en'], capacity: 3, lat: $lat + 0.01, lon: $lon})
            CREATE (v)-[:COMPLETED]->(done)
            CREATE (v)-[:REFERRED]->(:Referral {id: $doneReferral, status: 'COMPLETED', hoursDone: 12.0, sessionsAttended: 2, sessionsMissed: 0,
                    createdAt: '2026-11-01T10:00:00.0000000Z', updatedAt: '2026-11-12T16:00:00.0000000Z'})-[:TO]->(done)
            CREATE (v)-[:REFERRED]->(:Referral {id: $openReferral, status: 'PENDING', hoursDone: 0.0, sessionsAttended: 0, sessionsMissed: 0,
                    createdAt: '2026-12-03T10:00:00.0000000Z', updatedAt: '2026-12-03T10:00:00.0000000Z'})-[:TO]->(referred)
            """, new Dictionary<string, object?>
        {
            ["org"] = Id("org", "trust"),
            ["practitioner"] = Id("prc", "om"),
            ["veteran"] = Id("per", "veteran"),
            ["lat"] = VeteranLat,
            ["lon"] = Lon,
            ["referredService"] = Id("svc", "vet-referred"),
            ["freshService"] = Id("svc", "vet-fresh"),
            ["donePlacement"] = Id("plc", "vet-done"),
            ["freshPlacement"] = Id("plc", "vet-fresh"),
            ["theirMentor"] = Id("mnt", "vet-theirs"),
            ["otherMentor"] = Id("mnt", "vet-other"),
            ["doneReferral"] = CompletedReferral,
            ["openReferral"] = OpenReferral,
            ["daily"] = new[] { "Mon 09:00-15:00", "Tue 09:00-15:00", "Wed 09:00-15:00", "Thu 09:00-15:00", "Fri 09:00-15:00", "Sat 09:00-15:00", "Sun 09:00-15:00" },
        }));

    public async ValueTask DisposeAsync()
    {
        await Hub.DisposeAsync();
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }

    private Dictionary<string, object?> Service(
        string name, string title, double dLat, double dLon, bool womenOnly = false, int? minAge = null, int? maxAge = null,
        string[]? unsuitableFor = null, string[]? languages = null, int? waitingDays = 0, string need = "ACCOMMODATION") => new()
    {
        ["id"] = Id("svc", name),
        ["name"] = title,
        ["online"] = false,
        ["lat"] = Lat + dLat,
        ["lon"] = Lon + dLon,
        ["womenOnly"] = womenOnly,
        ["minAge"] = minAge,
        ["maxAge"] = maxAge,
        ["unsuitableFor"] = unsuitableFor ?? [],
        ["languages"] = languages ?? ["en"],
        ["waitingDays"] = waitingDays,
        ["need"] = need,
    };

    private Dictionary<string, object?> Placement(
        string name, string title, double dLat, double dLon, int capacity = 4, int filled = 0, bool womenOnly = false,
        bool childFacing = false, string maxRisk = "HIGH") => new()
    {
        ["id"] = Id("plc", name),
        ["title"] = title,
        ["lat"] = Lat + dLat,
        ["lon"] = Lon + dLon,
        ["capacity"] = capacity,
        ["filled"] = filled,
        ["womenOnly"] = womenOnly,
        ["childFacing"] = childFacing,
        ["maxRisk"] = maxRisk,
    };
}
