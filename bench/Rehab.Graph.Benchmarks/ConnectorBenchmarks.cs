using BenchmarkDotNet.Attributes;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Benchmarks;

/// <summary>
/// The connector's work after the graph has answered, at regional density: hundreds of services,
/// placements and mentors within 10 km, a person with a network and an exclusion zone.
/// </summary>
[MemoryDiagnoser]
public class ConnectorBenchmarks
{
    private static readonly GeoPoint Home = new(53.80, -1.55);
    private CommunityConnector _connector = null!;
    private ConnectorRequest _request = null!;
    private ConnectorCandidates _candidates = null!;

    [Params(100, 1000)]
    public int ServicesInReach { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var organisation = new OrganisationListing("org-1", "Leeds Test Trust", "VCSE", null, Home.Latitude, Home.Longitude, null);
        var needs = NeedCodes.All.Select(c => new NeedRef(c, c.ToLowerInvariant())).ToList();
        GeoPoint Near() => new(Home.Latitude + (random.NextDouble() - 0.5) * 0.15, Home.Longitude + (random.NextDouble() - 0.5) * 0.25);
        ServiceListing Service(int i)
        {
            var at = Near();
            return new ServiceListing($"svc-{i}", $"Service {i}", null, organisation, [needs[i % needs.Count], needs[(i * 7) % needs.Count]], false, at.Latitude, at.Longitude,
                i % 9 == 0, i % 11 == 0 ? 18 : null, i % 11 == 0 ? 25 : null, i % 13 == 0 ? ["en", "pl"] : ["en"], i % 17 == 0 ? ["ARSON"] : [], 20, i % 30, null, null, at.DistanceKmTo(Home));
        }

        var services = Enumerable.Range(0, ServicesInReach).Select(Service).ToList();
        var placements = Enumerable.Range(0, ServicesInReach / 5).Select(i =>
        {
            var at = Near();
            return new PlacementListing($"plc-{i}", $"Placement {i}", "UNPAID_WORK", null, organisation, at.Latitude, at.Longitude, 6, i % 7, i % 10 == 0, i % 8 == 0, [],
                i % 3 == 0 ? "LOW" : "HIGH", ["Mon 09:00-15:00", "Thu 09:00-15:00"], null, ["COOKING", "DIY"], at.DistanceKmTo(Home));
        }).ToList();
        var mentors = Enumerable.Range(0, ServicesInReach / 5).Select(i =>
        {
            var at = Near();
            return new MentorListing($"mnt-{i}", $"Mentor {i}", i % 2 == 0 ? "MALE" : "FEMALE", ["en"], [needs[i % needs.Count]], 3, i % 4, at.Latitude, at.Longitude, null, [organisation], at.DistanceKmTo(Home));
        }).ToList();
        _candidates = new ConnectorCandidates(services, services.Take(10).ToList(), placements, mentors, []);

        var zone = System.Text.Json.JsonDocument.Parse("""{"type":"Polygon","coordinates":[[[-1.56,53.79],[-1.54,53.79],[-1.54,53.81],[-1.56,53.81],[-1.56,53.79]]]}""").RootElement;
        var person = new ConnectorProfile(Home, Gender.Male, 30, RiskLevel.Medium, new HashSet<string> { "NO_CONTACT_CHILDREN" },
            [new AssessedNeed("ACCOMMODATION", 3), new AssessedNeed("ALCOHOL", 2)], new HashSet<string> { "COOKING" }, new HashSet<string> { "en" },
            ExclusionZones.Parse(zone, "zone"));
        var network = new PersonNetwork(
            [new MentorTie("mnt-x", "Sam", ["ALCOHOL"], [new OrganisationRef("org-1", "Leeds Test Trust", "VCSE")])],
            [.. Enumerable.Range(0, 20).Select(i => new ContactTie(i % 3 == 0 ? "FAMILY" : "FRIEND", i % 5 != 0, [$"svc-{i * 3}"], []))],
            [new AttendedService("svc-9999", "Drop-in", new OrganisationRef("org-2", "Other", "STATUTORY"), ["HEALTH"])],
            [],
            [new PartnerLink(new OrganisationRef("org-2", "Other", "STATUTORY"), new OrganisationRef("org-1", "Leeds Test Trust", "VCSE"))],
            [],
            []);
        _request = new ConnectorRequest(person, FocusNeeds.For(person, null), new NearQuery(Home, 10), true, 10, network);
        _connector = new CommunityConnector(new ScoringWeights(), TimeProvider.System);
    }

    [Benchmark]
    public ConnectorResult Match() => _connector.Match(_request, _candidates);
}
