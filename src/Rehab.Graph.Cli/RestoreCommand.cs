using System.Diagnostics;
using System.Text.Json;
using Rehab.Graph.Cli.Backup;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Migrations;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>restore --in PATH [--neo4j URI]</c>: loads a file <c>backup</c> wrote into an EMPTY database, of Neo4j 3.1 or 5,
/// and verifies it (docs/backup.md). The whole file is checked first (format, version, every line, and its counts and
/// checksums against its trailer), so a truncated or corrupted file writes nothing. Then this build's migrations
/// make the schema in the target's own dialect, the nodes are created in batches, the relationships joined to them,
/// and the restored graph is read back and its counts and checksums per label and type compared with the file's.
/// Each batch is its own transaction: a restore cut short by Neo4j leaves part of the graph, in a database that was
/// empty, which the next restore refuses until it is emptied again. Progress goes to standard error, the result to
/// standard output. Exit codes: 0 restored and verified; 1 the file is refused; 2 bad arguments or an unreadable file;
/// 3 no Neo4j, or it failed midway; 4 the database is not empty; 5 the restored graph differs from the file.
/// </summary>
internal static class RestoreCommand
{
    public const string Usage = "usage: restore --in PATH [--neo4j URI]";

    private const int BatchSize = 1000;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        BackupFileOptions options;
        try
        {
            options = BackupFileOptions.Parse(args, "in", environment);
            if (!File.Exists(options.Path))
            {
                throw new ArgumentException($"'--in' names no file: '{options.Path}'.");
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        BackupTrailer expected;
        try
        {
            expected = await BackupFileCheck.CheckAsync(options.Path);
        }
        catch (InvalidBackupException e)
        {
            output.WriteLine($"Nothing was restored: {options.Path} {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Nothing was restored: cannot read {options.Path}: {e.Message}");
            return 2;
        }

        var uri = await Neo4jTarget.ResolveAsync(options.Neo4j, "restore into", error, environment);
        if (uri is null)
        {
            return 3;
        }

        using var http = new HttpClient();
        var restored = (Nodes: 0L, Relationships: 0L);
        try
        {
            var neo4j = await Neo4jTarget.ConnectAsync(http, uri, environment);
            var endpoint = neo4j.Connection.Endpoint!;
            var reader = new GraphReader(neo4j.Cypher, endpoint.Dialect, error);
            var (present, _) = await reader.CountAsync();
            if (present > 0)
            {
                output.WriteLine($"Nothing was restored: the database at {uri} is not empty ({present:N0} nodes). A restore goes into an empty database only.");
                return 4;
            }

            var started = Stopwatch.StartNew();
            await new MigrationRunner(neo4j.Cypher, neo4j.Connection, TimeProvider.System, new TextWriterLogger<MigrationRunner>(error)).ApplyAsync(CancellationToken.None);
            var writer = new GraphWriter(neo4j.Cypher, endpoint.Dialect);
            foreach (var batch in BackupFileCheck.Lines(options.Path).Chunk(BatchSize))
            {
                var nodes = batch.OfType<NodeLine>().ToList();
                var relationships = batch.OfType<RelationshipLine>().ToList();
                if (nodes.Count > 0)
                {
                    await writer.CreateNodesAsync(nodes);
                    restored.Nodes += nodes.Count;
                    error.WriteLine(GraphReader.Progress("nodes", restored.Nodes, expected.Nodes));
                }

                if (relationships.Count > 0)
                {
                    await writer.CreateRelationshipsAsync(relationships);
                    restored.Relationships += relationships.Count;
                    error.WriteLine(GraphReader.Progress("relationships", restored.Relationships, expected.Relationships));
                }
            }

            var loaded = started.Elapsed;
            error.WriteLine("Verifying the restored graph...");
            var actual = BackupTrailer.Of(await reader.ReadAsync(expected.Nodes, expected.Relationships, _ => Task.CompletedTask, _ => Task.CompletedTask));
            var differences = actual.Differences(expected);
            if (differences.Count > 0)
            {
                output.WriteLine($"The restore into {uri} does not match the file: {string.Join("; ", differences)}.");
                return 5;
            }

            // Hubs already running on this database read the restored directory whole on their next request.
            await neo4j.Cypher.RunAsync(DirectoryStatements.TouchAll());
            output.WriteLine($"Restored {expected.Nodes:N0} nodes ({expected.Labels.Count} labels) and {expected.Relationships:N0} relationships ({expected.Types.Count} types) " +
                $"into Neo4j {endpoint.Version} at {uri} in {loaded.TotalSeconds:0.0} s, and verified them in {(started.Elapsed - loaded).TotalSeconds:0.0} s: " +
                "every label's and type's count and checksum match the file.");
            return 0;
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException or GraphChangedException)
        {
            error.WriteLine($"The restore stopped: Neo4j at {uri} failed after {restored.Nodes:N0} nodes and {restored.Relationships:N0} relationships: {e.Message} " +
                "The database holds part of the graph: empty it (or use a fresh instance) and restore again.");
            return 3;
        }
    }
}

/// <summary>Creates a file's nodes and relationships, a batch per statement, and remembers which node each key became.</summary>
internal sealed class GraphWriter(CypherClient cypher, CypherDialect dialect)
{
    private const string MigrationLabel = "Migration";

    /// <summary>The file's node keys, each with the internal id of the node it became, as the database gives it.</summary>
    private readonly Dictionary<string, JsonElement> _created = new(StringComparer.Ordinal);

    public async Task CreateNodesAsync(IReadOnlyList<NodeLine> nodes)
    {
        // Labels are part of a statement's text, not parameters, so each set of labels is its own statement.
        foreach (var group in nodes.GroupBy(n => string.Join(",", n.Labels)))
        {
            var labels = group.First().Labels;
            var rows = group.Select(n => new NodeRow(n.Key, n.Properties)).ToList();
            // The migrations just applied recorded themselves; the file's records replace theirs, so the graph says
            // when the source applied each one, as it did before the backup.
            var statement = labels is [MigrationLabel]
                ? From("restore-migrations", "", "", ("nodes", rows))
                : From("restore-nodes", ":RestoredLabels", string.Concat(labels.Select(l => $":`{l}`")), ("nodes", rows));
            var result = await cypher.RunAsync(statement);
            foreach (var row in result.Rows)
            {
                _created[row[0].GetString()!] = row[1].Clone();
            }
        }
    }

    public async Task CreateRelationshipsAsync(IReadOnlyList<RelationshipLine> relationships)
    {
        foreach (var group in relationships.GroupBy(r => r.Type))
        {
            var rows = group.Select(r => new RelationshipRow(_created[r.Start], _created[r.End], r.Properties)).ToList();
            var created = (await cypher.RunAsync(From("restore-relationships", ":RESTORED_TYPE", $":`{group.Key}`", ("relationships", rows)))).Single<long>("created");
            if (created != rows.Count)
            {
                throw new GraphChangedException($"{rows.Count - created} {group.Key} relationships found no node to join");
            }
        }
    }

    /// <summary>
    /// A restore statement with its placeholder label or type replaced by the file's, which <see cref="BackupFileCheck"/>
    /// has checked are plain names; the placeholder keeps the file valid Cypher for the lint and EXPLAIN tests.
    /// </summary>
    private CypherStatement From(string name, string placeholder, string replacement, (string Name, object Rows) parameter)
    {
        var template = CypherStatement.From($"Backup/{name}.{(dialect == CypherDialect.Neo4j3 ? "v3" : "v5")}.cypher");
        var text = placeholder == "" ? template.Text : template.Text.Replace(placeholder, replacement, StringComparison.Ordinal);
        return new CypherStatement(template.Name, text, new Dictionary<string, object?> { [parameter.Name] = parameter.Rows });
    }

    private sealed record NodeRow(string Key, JsonElement Properties);

    private sealed record RelationshipRow(JsonElement Start, JsonElement End, JsonElement Properties);
}
