using System.Diagnostics;
using System.Globalization;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Generates a data set, checks it and writes it; the same size and seed always give byte-identical files.</summary>
public static class GenerateCommand
{
    public static int Run(DatasetSize size, string folder, int seed)
    {
        Console.WriteLine($"Generating the {size.Name} data set (seed {seed}) into {folder}...");
        var started = Stopwatch.StartNew();
        var dataset = Dataset.Generate(size, seed, Console.Out);
        DatasetValidator.Validate(dataset);
        var generated = started.Elapsed;
        var written = new SeedWriter(folder, Console.Out).Write(dataset, size.Region);
        var total = started.Elapsed;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Done in {total.TotalSeconds:0.0} s (generate {generated.TotalSeconds:0.0} s, write {(total - generated).TotalSeconds:0.0} s): "
            + $"{written.Nodes:N0} nodes and {written.Relationships:N0} relationships to load, {written.Bytes / 1048576.0:0.0} MB; "
            + $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB."));
        return 0;
    }
}
