using System.Globalization;
using Rehab.Graph.SeedGenerator;

// The one generator of data sets in the seed format (seed/FORMAT.md): the demo region the hub loads, and the
// benchmarks' regional and national-scale sets; 'load' puts a generated set into Neo4j with the hub's own migrations
// and RegionLoader. Without arguments it regenerates the demo region in seed/.
// Usage: dotnet run --project seed/Rehab.Graph.SeedGenerator -- [generate] [--size demo|regional|national] [--out DIR] [--seed N]
//        dotnet run --project seed/Rehab.Graph.SeedGenerator -- load [--size regional|national] [--dir DIR] [--neo4j-uri URI] [--instance NAME]
var commands = new Dictionary<string, string[]>
{
    ["generate"] = ["size", "out", "seed"],
    ["load"] = ["size", "dir", "neo4j-uri", "instance"],
};

try
{
    var command = CommandLine.Parse(args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? ["generate", .. args] : args, commands);
    if (command.Command == "generate")
    {
        var size = Size(command["size"] ?? DatasetSize.Demo.Name);
        var seed = command["seed"] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : size.Seed;
        return GenerateCommand.Run(size, Folder(command["out"], size), seed);
    }

    var loaded = Size(command["size"] ?? DatasetSize.Regional.Name);
    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await LoadCommand.RunAsync(
        loaded.Name,
        Folder(command["dir"], loaded),
        command["neo4j-uri"] is { } uri ? new Uri(uri) : null,
        command["instance"] ?? LoadCommand.DefaultInstance,
        cancellation.Token);
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: [generate] [--size demo|regional|national] [--out DIR] [--seed N]");
    Console.Error.WriteLine("       load [--size regional|national] [--dir DIR] [--neo4j-uri URI] [--instance NAME]");
    return 2;
}

static DatasetSize Size(string name) =>
    DatasetSize.All.FirstOrDefault(s => s.Name == name)
    ?? throw new UsageException($"Unknown size '{name}': choose {string.Join(", ", DatasetSize.All.Select(s => s.Name))}.");

static string Folder(string? given, DatasetSize size) => Path.GetFullPath(given ?? Path.Combine(RepositoryRoot.Find(), size.Folder));
