namespace Rehab.Graph.SeedGenerator.Tests;

public sealed class DemoRegionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Generating_the_demo_region_writes_the_committed_files_byte_for_byte()
    {
        var size = DatasetSize.Demo;
        var dataset = Dataset.Generate(size, size.Seed, TextWriter.Null);
        DatasetValidator.Validate(dataset);
        new SeedWriter(_temp.Combine("demo-region"), TextWriter.Null).Write(dataset, size.Region);

        var seed = Path.Combine(RepositoryRoot.Find(), "seed");
        var committed = Directory.GetFiles(Path.Combine(seed, "demo-region")).Select(Path.GetFileName).Order().ToList();
        var written = Directory.GetFiles(_temp.Combine("demo-region")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(committed, written);
        foreach (var file in committed)
        {
            AssertSameBytes(Path.Combine(seed, "demo-region", file!), _temp.Combine("demo-region", file!));
        }

        AssertSameBytes(Path.Combine(seed, "gazetteer.json"), _temp.Combine("gazetteer.json"));
    }

    public void Dispose() => _temp.Dispose();

    private static void AssertSameBytes(string committed, string written) =>
        Assert.True(
            File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(written)),
            $"{written} differs from {committed}: the generator no longer makes the committed demo region.");
}
