using System.Globalization;
using Rehab.Graph.RegionalData;

// A regional-scale data set for benchmarks: 'generate' writes it in the seed format (seed/FORMAT.md),
// 'load' puts it into Neo4j with the hub's own migrations and RegionLoader.
// Usage: dotnet run --project bench/Rehab.Graph.RegionalData -- generate [--out DIR] [--seed N]
//        dotnet run --project bench/Rehab.Graph.RegionalData -- load [--dir DIR] [--neo4j-uri URI] [--instance NAME]
var commands = new Dictionary<string, string[]>
{
    ["generate"] = ["out", "seed"],
    ["load"] = ["dir", "neo4j-uri", "instance"],
};

try
{
    var command = CommandLine.Parse(args, commands);
    if (command.Command == "generate")
    {
        var seed = command["seed"] is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : GenerateCommand.DefaultSeed;
        return GenerateCommand.Run(Path.GetFullPath(command["out"] ?? RepositoryRoot.DefaultDataDirectory()), seed);
    }

    using var cancellation = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
    return await LoadCommand.RunAsync(
        Path.GetFullPath(command["dir"] ?? RepositoryRoot.DefaultDataDirectory()),
        command["neo4j-uri"] is { } uri ? new Uri(uri) : null,
        command["instance"] ?? LoadCommand.DefaultInstance,
        cancellation.Token);
}
catch (UsageException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: generate [--out DIR] [--seed N]");
    Console.Error.WriteLine("       load [--dir DIR] [--neo4j-uri URI] [--instance NAME]");
    return 2;
}
