using System.Diagnostics;
using Rehab.Graph.RegionalData.Generation;
using Rehab.Graph.RegionalData.Writing;

namespace Rehab.Graph.RegionalData;

/// <summary>Writes the regional data set in the seed format; the same seed always gives byte-identical files.</summary>
public static class GenerateCommand
{
    public const int DefaultSeed = 20261124;

    public static int Run(string directory, int seed)
    {
        Console.WriteLine($"Generating the Yorkshire and the Humber regional data set (seed {seed}) into {directory}...");
        var started = Stopwatch.StartNew();
        var data = RegionalDataset.Generate(seed, RegionalCounts.Default);
        var generated = started.Elapsed;
        var written = new SeedFileWriter(directory, Console.Out).Write(data);
        var total = started.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"Done in {total.TotalSeconds:0.0} s (generate {generated.TotalSeconds:0.0} s, write {(total - generated).TotalSeconds:0.0} s): {written.Nodes:N0} nodes and {written.Relationships:N0} relationships to load, {written.Bytes / 1048576.0:0.0} MB."));
        return 0;
    }
}
