using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
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

    /// <summary>The offender manager who supervises the test person.</summary>
    public Caller OffenderManager => new(CallerRole.OffenderManager, Id("prc", "om"), null);

    public GraphQLClient CreateClient(Caller? caller = null) => Hub.CreateGraphQLClient(caller);

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
    }

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
