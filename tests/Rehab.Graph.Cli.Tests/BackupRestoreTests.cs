using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>
/// <c>backup</c> of the seeded demo region and <c>restore</c> into a second, empty Neo4j, compared by counts and
/// checksums per label and type that this test computes itself, from each database, without the command's code.
/// </summary>
[Collection(DemoRegionCollection.Name)]
public sealed class BackupRestoreTests(DemoRegionWorld world, BackupRestoreTests.EmptyTarget target) : IClassFixture<BackupRestoreTests.EmptyTarget>
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_has_every_label_and_type_with_the_same_count_and_checksum()
    {
        await AddProbesAsync();
        var file = Path.Combine(world.Folder("round-trip"), "graph.ndjson");

        var backup = world.Run("backup", "--out", file);
        var source = await ContentAsync(world.Cypher);
        var restore = Run(target.Uri, "restore", "--in", file);
        var restored = await ContentAsync(target.Cypher);

        Assert.Equal(0, backup.Exit);
        Assert.Equal(0, restore.Exit);
        Assert.Matches(@"^Backed up [\d,]+ nodes \(\d+ labels\) and [\d,]+ relationships \(\d+ types\)", backup.Output);
        Assert.Matches(@"nodes [\d,]+/[\d,]+", backup.Error);
        Assert.Matches(@"relationships [\d,]+/[\d,]+", restore.Error);
        Assert.Contains("every label's and type's count and checksum match the file", restore.Output, StringComparison.Ordinal);
        Assert.Equal(source, restored);
        // The hubs' state is the target's own, and its last step marks the directory for every hub to read whole.
        var mark = await target.Cypher.RunAsync(new CypherStatement("test: directory mark", "MATCH (v:DirectoryVersion) RETURN v.number AS number, v.reloadFrom AS reloadFrom", new Dictionary<string, object?>()));
        Assert.Equal(mark.Single<long>("number"), mark.Single<long>("reloadFrom"));
        Assert.Contains("Person", source.Keys);
        Assert.Contains("Migration", source.Keys);
        Assert.Contains("type KNOWS", source.Keys);
        Assert.Contains("type PROBES", source.Keys);
        using var header = JsonDocument.Parse(File.ReadLines(file).First());
        Assert.Equal("rehab-graph-backup", header.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, header.RootElement.GetProperty("version").GetInt32());
        Assert.Equal([file], Directory.EnumerateFiles(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task A_restore_into_a_database_that_is_not_empty_is_refused_and_writes_nothing()
    {
        var file = Path.Combine(world.Folder("not-empty"), "graph.ndjson");
        Assert.Equal(0, world.Run("backup", "--out", file).Exit);
        var before = await ContentAsync(world.Cypher);

        var (exit, output, _) = world.Run("restore", "--in", file);

        Assert.Equal(4, exit);
        Assert.Contains("is not empty", output, StringComparison.Ordinal);
        Assert.Equal(before, await ContentAsync(world.Cypher));
    }

    [Theory]
    [InlineData("truncated", "without its trailer: it is truncated")]
    [InlineData("float made an integer", "does not add up to its trailer")]
    [InlineData("node dropped", "does not add up to its trailer")]
    [InlineData("not JSON", "is not JSON")]
    [InlineData("another format", "is not a Rehab.Graph backup")]
    [InlineData("a newer version", "this build reads version 1")]
    public async Task A_damaged_or_unknown_file_is_refused_before_anything_is_written(string damage, string message)
    {
        await AddProbesAsync();
        var file = Path.Combine(world.Folder("damaged"), "graph.ndjson");
        Assert.Equal(0, world.Run("backup", "--out", file).Exit);
        var lines = File.ReadAllLines(file);
        string[] damaged = damage switch
        {
            "truncated" => lines[..^2],
            "float made an integer" => [.. lines.Select(l => l.Replace("\"aFloat\":1.0", "\"aFloat\":1", StringComparison.Ordinal))],
            "node dropped" => [lines[0], .. lines[2..]],
            "not JSON" => [lines[0], lines[1][..^3], .. lines[2..]],
            "another format" => [lines[0].Replace("rehab-graph-backup", "other-backup", StringComparison.Ordinal), .. lines[1..]],
            _ => [lines[0].Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal), .. lines[1..]],
        };
        Assert.NotEqual(lines, damaged);
        File.WriteAllLines(file, damaged);
        var before = await ContentAsync(target.Cypher);

        var (exit, output, _) = Run(target.Uri, "restore", "--in", file);

        Assert.Equal(1, exit);
        Assert.StartsWith($"Nothing was restored: {file} ", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Equal(before, await ContentAsync(target.Cypher));
    }

    [Fact]
    public void A_backup_that_cannot_be_written_leaves_no_file()
    {
        var folder = Path.Combine(world.Folder("unwritable"), "no-such-folder");

        var (exit, _, error) = world.Run("backup", "--out", Path.Combine(folder, "graph.ndjson"));

        Assert.Equal(2, exit);
        Assert.Contains("No backup was written: cannot write the file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("backup", "--out")]
    [InlineData("backup", "--out", "graph.ndjson", "--force")]
    [InlineData("backup", "--out", "graph.ndjson", "--neo4j", "bolt://localhost:7687")]
    [InlineData("restore")]
    [InlineData("restore", "--in", "no-such-file.ndjson")]
    [InlineData("restore", "--out", "graph.ndjson")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(args, output, error, _ => null);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains($"usage: {args[0]}", error.ToString(), StringComparison.Ordinal);
    }

    private static CliRun Run(Uri neo4j, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--neo4j", neo4j.ToString()], output, error, _ => null);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Nodes and a relationship with a value of every type Neo4j 3.1 stores, an array of each, and no id or no label,
    /// under a label and type no other test counts; MERGE, so that each test may add them.
    /// </summary>
    private Task AddProbesAsync() => world.Cypher.RunAsync(new CypherStatement("test: probes", """
        MERGE (a:BackupProbe {id: 'probe-a'})
        SET a.anInt = 1, a.aFloat = 1.0, a.aString = '1', a.aBool = true, a.ints = [1, 2], a.floats = [0.5, 2.0],
            a.strings = ['x', 'y'], a.bools = [false, true], a.big = 9007199254740993, a.small = 1.0E-7, a.text = 'naïve "quoted" line\nbreak'
        MERGE (b:BackupProbe:Second {name: 'probe without an id'})
        MERGE (a)-[r:PROBES]->(b)
        SET r.weight = 0.25, r.since = 2020
        MERGE (u {probe: 'unlabelled'})
        MERGE (u)-[:PROBES]->(a)
        """, new Dictionary<string, object?>()));

    /// <summary>
    /// Each label's node count and a digest of its nodes, and each relationship type's count and a digest of its
    /// relationships with the nodes they join, as the JSON Neo4j returns them (so 1.0 and 1 differ).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> ContentAsync(CypherClient cypher)
    {
        var results = await cypher.RunAsync([
            new CypherStatement("test: nodes", "MATCH (n) WHERE NOT n:MigrationLock AND NOT n:DirectoryVersion RETURN labels(n) AS labels, properties(n) AS properties", new Dictionary<string, object?>()),
            new CypherStatement("test: relationships", "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, properties(a) AS ap, labels(b) AS bl, properties(b) AS bp, properties(r) AS properties",
                new Dictionary<string, object?>()),
        ]);
        var items = new List<(string Name, string Text)>();
        foreach (var row in results[0].Rows)
        {
            var text = Node(row[0], row[1]);
            items.AddRange(row[0].EnumerateArray().Select(l => (l.GetString()!, text)).DefaultIfEmpty(("(no label)", text)));
        }

        items.AddRange(results[1].Rows.Select(row => ("type " + row[0].GetString(), $"{Node(row[1], row[2])} -> {Node(row[3], row[4])} {Sorted(row[5])}")));
        return items.GroupBy(i => i.Name).ToDictionary(
            g => g.Key,
            g => $"{g.Count()} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", g.Select(i => i.Text).Order(StringComparer.Ordinal)))))}");
    }

    private static string Node(JsonElement labels, JsonElement properties) =>
        $"{string.Join(":", labels.EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal))} {Sorted(properties)}";

    private static string Sorted(JsonElement properties) =>
        string.Join(",", properties.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    /// <summary>A second Neo4j 3.1.1 of this run, empty until the round trip restores into it.</summary>
    public sealed class EmptyTarget : IAsyncLifetime
    {
        private TestNeo4jServer? _neo4j;

        public Uri Uri => _neo4j!.Uri;

        public CypherClient Cypher { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _neo4j = await TestNeo4jServer.StartAsync();
            Cypher = await _neo4j.CreateClientAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_neo4j is not null)
            {
                await _neo4j.DisposeAsync();
            }
        }
    }
}
