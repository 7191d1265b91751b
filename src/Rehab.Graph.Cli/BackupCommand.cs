using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Rehab.Graph.Cli.Backup;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>backup --out PATH [--neo4j URI]</c>: writes the whole graph, every node and relationship with its labels, type
/// and typed properties, and the migrations applied, to a versioned line-delimited JSON file that <c>restore</c>
/// loads into an empty database, of Neo4j 3.1 or 5 (docs/backup.md). The file is written beside PATH under another
/// name and moved into place once complete, so a failed backup leaves no file, and an older one at PATH untouched.
/// Progress goes to standard error, the summary to standard output. Exit codes: 0 written; 1 the graph changed
/// while it was read; 2 bad arguments or an unwritable file; 3 no Neo4j, or it failed.
/// </summary>
internal static class BackupCommand
{
    public const string Usage = "usage: backup --out PATH [--neo4j URI]";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        BackupFileOptions options;
        try
        {
            options = BackupFileOptions.Parse(args, "out", environment);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        var uri = await Neo4jTarget.ResolveAsync(options.Neo4j, "back up", error, environment);
        if (uri is null)
        {
            return 3;
        }

        var path = Path.GetFullPath(options.Path);
        var partial = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        using var http = new HttpClient();
        try
        {
            var neo4j = await Neo4jTarget.ConnectAsync(http, uri, environment);
            var endpoint = neo4j.Connection.Endpoint!;
            var started = Stopwatch.StartNew();
            var reader = new GraphReader(neo4j.Cypher, endpoint.Dialect, error);
            var (nodes, relationships) = await reader.CountAsync();
            var migrations = (await neo4j.Cypher.RunAsync(CypherStatement.From("Migrations/applied-versions.cypher"))).Read<int>("version").Order().ToList();
            GraphTally tally;
            await using (var file = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                await WriteLineAsync(file, new BackupHeader(BackupFormat.Name, BackupFormat.Version, DateTimeOffset.UtcNow, endpoint.Version, nodes, relationships, migrations));
                tally = await reader.ReadAsync(nodes, relationships, node => WriteLineAsync(file, node), relationship => WriteLineAsync(file, relationship));
                await WriteLineAsync(file, BackupTrailer.Of(tally));
            }

            File.Move(partial, path, overwrite: true);
            output.WriteLine($"Backed up {tally.Nodes:N0} nodes ({tally.Labels.Count} labels) and {tally.Relationships:N0} relationships ({tally.Types.Count} types) " +
                $"of Neo4j {endpoint.Version} at {uri} to {path} ({new FileInfo(path).Length:N0} bytes) in {started.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }
        catch (GraphChangedException e)
        {
            error.WriteLine($"No backup was written: the graph changed while it was read ({e.Message}). Stop what writes to it (the hub) and back up again.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"No backup was written: cannot write the file: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            error.WriteLine($"No backup was written: Neo4j at {uri} failed: {e.Message}");
            return 3;
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    private static Task WriteLineAsync<T>(StreamWriter file, T line) => file.WriteLineAsync(JsonSerializer.Serialize(line, Json));
}

/// <summary>The options of <c>backup</c> and <c>restore</c>: a file and, maybe, a Neo4j.</summary>
internal sealed record BackupFileOptions(string Path, Uri? Neo4j)
{
    public static BackupFileOptions Parse(string[] args, string fileOption, Func<string, string?> environment)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && (args[i] == "--" + fileOption || args[i] == "--neo4j"))
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
        }

        var path = values.GetValueOrDefault(fileOption);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"--{fileOption} PATH is required.");
        }

        return new BackupFileOptions(path, Neo4jTarget.Parse(values.GetValueOrDefault("neo4j"), environment));
    }
}
