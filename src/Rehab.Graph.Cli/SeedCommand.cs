using System.Diagnostics;
using System.Text.Json;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Migrations;
using Rehab.Graph.Neo4j.Seeding;

namespace Rehab.Graph.Cli;

/// <summary>
/// <c>seed [--folder PATH] [--neo4j URI]</c>: applies the migrations a database lacks and loads a region, the
/// embedded demo region or a folder in the seed format (seed/FORMAT.md), as the hub does at start-up. A region is
/// recorded under its name (the folder's, or "demo-region") once loaded, and a recorded one is not loaded again, so
/// seeding twice adds nothing and never overwrites the listings partners have edited since; a load cut short is
/// not recorded and completes when run again. Progress goes to standard error, the summary to standard output.
/// Exit codes: 0 loaded (or loaded already); 1 the folder's files cannot be loaded; 2 bad arguments; 3 no Neo4j.
/// </summary>
internal static class SeedCommand
{
    public const string Usage = "usage: seed [--folder PATH] [--neo4j URI]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        SeedOptions options;
        try
        {
            options = SeedOptions.Parse(args, environment);
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }

        var uri = await Neo4jTarget.ResolveAsync(options.Neo4j, "seed", error, environment);
        if (uri is null)
        {
            return 3;
        }

        // A folder's region is recorded under the folder's name, as the embedded one is under "demo-region".
        var name = options.Folder is { } folder ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) : null;
        var region = name is null ? "The demo region" : $"Region '{name}'";
        using var http = new HttpClient();
        try
        {
            var neo4j = await Neo4jTarget.ConnectAsync(http, uri, environment);
            var started = Stopwatch.StartNew();
            var migrations = await new MigrationRunner(neo4j.Cypher, neo4j.Connection, TimeProvider.System, new TextWriterLogger<MigrationRunner>(error))
                .ApplyAsync(CancellationToken.None);
            var loader = new RegionLoader(neo4j.Cypher, TimeProvider.System, new TextWriterLogger<RegionLoader>(error));
            var loaded = (options.Folder, name) is ({ } path, { } seedName)
                ? await LoadIfNewAsync(loader, seedName, path)
                : await loader.LoadDemoRegionIfEmptyAsync(CancellationToken.None);

            output.WriteLine($"{migrations} migration{(migrations == 1 ? "" : "s")} applied to Neo4j at {uri}.");
            output.WriteLine(loaded
                ? $"{region} loaded in {started.Elapsed.TotalSeconds:0.0} s."
                : $"{region} is loaded already (the graph records its seed run): nothing loaded.");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // The folder's files are read before anything is written, so a missing or malformed one loads nothing.
            output.WriteLine($"{region} was not loaded: {e.Message} (see seed/FORMAT.md)");
            return 1;
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            error.WriteLine($"Neo4j at {uri} failed: {e.Message} A load cut short is completed by seeding again.");
            return 3;
        }
    }

    private static async Task<bool> LoadIfNewAsync(RegionLoader loader, string name, string folder)
    {
        if (await loader.IsLoadedAsync(name, CancellationToken.None))
        {
            return false;
        }

        await loader.LoadDirectoryAsync(name, folder, CancellationToken.None);
        return true;
    }

    private sealed record SeedOptions(string? Folder, Uri? Neo4j)
    {
        public static SeedOptions Parse(string[] args, Func<string, string?> environment)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--folder" or "--neo4j" when i + 1 < args.Length:
                        values[args[i][2..]] = args[++i];
                        break;
                    default:
                        throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
            }

            var folder = values.GetValueOrDefault("folder");
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new ArgumentException($"'--folder' names no folder: '{folder}'.");
            }

            return new SeedOptions(folder is null ? null : Path.GetFullPath(folder), Neo4jTarget.Parse(values.GetValueOrDefault("neo4j"), environment));
        }
    }
}
