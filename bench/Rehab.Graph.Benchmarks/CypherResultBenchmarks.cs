using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Benchmarks;

/// <summary>Reading a services-near answer (a page of service rows, as Neo4j sends it) into listings.</summary>
[MemoryDiagnoser]
public class CypherResultBenchmarks
{
    private CypherResult _result = null!;
    private Rehab.Graph.Neo4j.Client.CypherQuery<Page<ServiceListing>> _query = null!;

    [Params(20, 1000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < Rows; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(
                $$"""{"service":{"id":"svc-{{i}}","name":"Service {{i}}","description":"Help with housing and tenancy","online":false,"lat":53.8,"lon":-1.55,"womenOnly":false,"languages":["en"],"unsuitableFor":[],"capacity":20,"waitingDays":7,"openingTimes":"Mon-Fri 09:00-17:00","referralRoute":"SELF"},"organisation":{"id":"org-1","name":"Leeds Test Trust","kind":"VCSE","lat":53.8,"lon":-1.55},"needs":[{"code":"ACCOMMODATION","label":"Accommodation"}],"distanceKm":1.234}""");
        }

        var page = JsonDocument.Parse(json.Append(']').ToString()).RootElement;
        var row = JsonSerializer.SerializeToElement(new object[] { Rows, page });
        _result = new CypherResult(["totalCount", "page"], [row]);
        _query = ListingQueries.Services(new ServiceSearch([], null, null, null, null, new NearQuery(new GeoPoint(53.8, -1.55), 10), new PageRequest(Rows, 0)));
    }

    [Benchmark]
    public Page<ServiceListing> ReadServicesPage() => _query.Read(_result);
}
