namespace Rehab.Graph.SeedGenerator;

public static class Program
{
    private const int Seed = 20261123;
    private const string SolutionFile = "Rehab.Graph.sln";

    /// <summary>Usage: <c>dotnet run --project seed/Rehab.Graph.SeedGenerator -- [seed directory]</c>.</summary>
    public static int Main(string[] args)
    {
        var seedDirectory = args.Length > 0 ? Path.GetFullPath(args[0]) : FindSeedDirectory();
        if (seedDirectory is null)
        {
            Console.Error.WriteLine($"No seed directory given and no {SolutionFile} found above {Environment.CurrentDirectory}.");
            return 1;
        }

        var demo = DemoRegion.Generate(Seed, DemoRegionCounts.Default);
        DemoRegionValidator.Validate(demo);
        new SeedWriter(seedDirectory, Console.Out).Write(demo);
        return 0;
    }

    private static string? FindSeedDirectory()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return Path.Combine(directory.FullName, "seed");
            }
        }

        return null;
    }
}
