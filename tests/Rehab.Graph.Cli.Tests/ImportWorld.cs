using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>
/// A real Neo4j 3.1.1, migrated as the hub migrates it, with the need taxonomy. Each test imports into an
/// organisation of its own (<see cref="NewOrganisationAsync"/>), so no test sees another's services.
/// </summary>
public sealed class ImportWorld : IAsyncLifetime
{
    private TestNeo4jServer? _neo4j;
    private DirectoryInfo? _files;
    private int _sequence;

    public CypherClient Cypher { get; private set; } = null!;

    public Uri Uri => _neo4j!.Uri;

    /// <summary>Where this Neo4j keeps its data and the state file that names its port, as the hub's local one does.</summary>
    public DirectoryInfo Instance => new(_neo4j!.InstanceDirectory);

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        _files = Directory.CreateTempSubdirectory("rehab-import-");
        Cypher = await _neo4j.CreateClientAsync();
        using var http = new HttpClient();
        var connection = new Neo4jConnection();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, _neo4j.Uri, new Neo4jOptions(), CancellationToken.None));
        await new MigrationRunner(Cypher, connection, TimeProvider.System, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
        await Cypher.RunAsync(new CypherStatement("test: needs", "UNWIND $codes AS code MERGE (:Need {code: code, label: 'Label of ' + code})",
            new Dictionary<string, object?> { ["codes"] = NeedCodes.All }));
    }

    public async Task<string> NewOrganisationAsync()
    {
        var id = $"org-import-{Interlocked.Increment(ref _sequence)}";
        await Cypher.RunAsync(new CypherStatement("test: organisation", "CREATE (:Organisation {id: $id, name: 'Import test ' + $id, kind: 'VCSE', lat: 53.74, lon: -0.33})",
            new Dictionary<string, object?> { ["id"] = id }));
        return id;
    }

    /// <summary>A file of this test run, named <paramref name="name"/> in a folder of its own.</summary>
    public string File(string name, string content)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_files!.FullName, $"{Interlocked.Increment(ref _sequence)}"));
        var path = Path.Combine(folder.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs the CLI against this Neo4j.</summary>
    public (int Exit, string Output, string Error) Import(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["import", .. args, "--neo4j", Uri.ToString()], output, error, _ => null);
        return (exit, output.ToString(), error.ToString());
    }

    public async Task<IReadOnlyList<ImportedService>> ServicesAsync(string organisationId) =>
        (await Cypher.RunAsync(new CypherStatement("test: services", """
            MATCH (:Organisation {id: $id})-[:OFFERS]->(s:Service)
            OPTIONAL MATCH (s)-[:ADDRESSES]->(n:Need)
            WITH s, n ORDER BY n.code
            WITH s, collect(n.code) AS needs
            ORDER BY s.name
            RETURN {id: s.id, name: s.name, version: s.version, status: s.status, lat: s.lat, lon: s.lon, online: s.online, womenOnly: s.womenOnly,
                    capacity: s.capacity, languages: s.languages, needs: needs} AS row
            """, new Dictionary<string, object?> { ["id"] = organisationId })))
        .Read<ImportedService>("row");

    public async Task<IReadOnlyList<string>> AuditAsync(string serviceId) =>
        (await Cypher.RunAsync(new CypherStatement("test: audit", """
            MATCH (:AuditTarget {id: $id})-[:HAS_AUDIT_ENTRY]->(a)
            RETURN a.action + ' by ' + a.actorRole + ' ' + a.actorId AS entry
            ORDER BY a.at
            """, new Dictionary<string, object?> { ["id"] = serviceId })))
        .Read<string>("entry");

    public async ValueTask DisposeAsync()
    {
        _files?.Delete(recursive: true);
        if (_neo4j is not null)
        {
            await _neo4j.DisposeAsync();
        }
    }

    public sealed record ImportedService(
        string Id, string Name, int Version, string Status, double? Lat, double? Lon, bool Online, bool WomenOnly, int? Capacity, IReadOnlyList<string> Languages,
        IReadOnlyList<string> Needs);
}
