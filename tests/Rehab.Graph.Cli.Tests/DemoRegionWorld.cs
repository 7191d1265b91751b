using System.Text.Json;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>
/// A real Neo4j 3.1.1 that starts empty and is seeded by the CLI itself (<see cref="FirstSeed"/>), so the seed tests
/// see what seeding an empty database does and the export tests have the demo region's varied services to export.
/// </summary>
public sealed class DemoRegionWorld : IAsyncLifetime
{
    private TestNeo4jServer? _neo4j;
    private DirectoryInfo? _files;
    private int _sequence;

    public CypherClient Cypher { get; private set; } = null!;

    public Uri Uri => _neo4j!.Uri;

    /// <summary>The first <c>seed</c>, into the empty database, and what the graph held right after it.</summary>
    public (CliRun Run, IReadOnlyDictionary<string, int> Counts) FirstSeed { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        _files = Directory.CreateTempSubdirectory("rehab-export-");
        Cypher = await _neo4j.CreateClientAsync();
        FirstSeed = (Run("seed"), await CountsAsync());
    }

    /// <summary>Runs the CLI against this Neo4j.</summary>
    public CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--neo4j", Uri.ToString()], output, error, _ => null);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>A new, empty folder of this test run.</summary>
    public string Folder(string name) =>
        Directory.CreateDirectory(Path.Combine(_files!.FullName, $"{Interlocked.Increment(ref _sequence)}", name)).FullName;

    /// <summary>How many nodes of each kind the seed loads, and of its two most numerous relationships, the graph holds.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync()
    {
        var result = await Cypher.RunAsync(new CypherStatement("test: counts", """
            MATCH (n)
            UNWIND [label IN labels(n) WHERE label IN ['Need', 'Strength', 'Practitioner', 'Organisation', 'Service', 'Placement', 'Mentor', 'Person']] AS label
            WITH label, count(*) AS count
            RETURN {label: label, count: count} AS row
            UNION ALL
            MATCH ()-[r:KNOWS|OFFERS]->()
            WITH type(r) AS label, count(*) AS count
            RETURN {label: label, count: count} AS row
            """, new Dictionary<string, object?>()));
        return result.Read<LabelCount>("row").ToDictionary(c => c.Label, c => c.Count);
    }

    public async Task<IReadOnlyList<string>> OrganisationIdsAsync() =>
        (await Cypher.RunAsync(new CypherStatement("test: organisations", "MATCH (o:Organisation) RETURN o.id AS id", new Dictionary<string, object?>()))).Read<string>("id");

    /// <summary>An organisation's services that are not closed, as the directory reads them.</summary>
    public async Task<IReadOnlyList<ServiceListing>> ServicesAsync(string organisationId)
    {
        IReadOnlyList<string> ids = [organisationId];
        return ListingQueries.ServicesByOrganisation.Read(await Cypher.RunAsync(ListingQueries.ServicesByOrganisation.Statement(ids)), ids)[organisationId];
    }

    public Task SetStatusAsync(string serviceId, ServiceStatus status) =>
        Cypher.RunAsync(new CypherStatement("test: status", "MATCH (s:Service {id: $id}) SET s.status = $status",
            new Dictionary<string, object?> { ["id"] = serviceId, ["status"] = status.ToString().ToUpperInvariant() }));

    /// <summary>
    /// A service's fields as text, to compare: the version left out, as each write bumps it, and code lists in order,
    /// as the listing rules keep them sorted.
    /// </summary>
    public static string Fields(ServiceListing service) => JsonSerializer.Serialize(service with
    {
        Version = 0,
        Needs = [.. service.Needs.OrderBy(n => n.Code, StringComparer.Ordinal)],
        Languages = [.. service.Languages.Order(StringComparer.Ordinal)],
        UnsuitableFor = [.. service.UnsuitableFor.Order(StringComparer.Ordinal)],
    });

    public async ValueTask DisposeAsync()
    {
        _files?.Delete(recursive: true);
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }

    private sealed record LabelCount(string Label, int Count);
}

public sealed record CliRun(int Exit, string Output, string Error);

[CollectionDefinition(Name)]
public sealed class DemoRegionCollection : ICollectionFixture<DemoRegionWorld>
{
    public const string Name = "demo region";
}
