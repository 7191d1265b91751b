namespace Rehab.Graph.SeedGenerator.Tests;

public sealed class ThemedRegionTests : IDisposable
{
    /// <summary>The regional set's region and rules at a twentieth of its size, quick enough for every test run.</summary>
    private static readonly DatasetSize Small = DatasetSize.Regional with
    {
        Region = new YorkshireAndHumber("Small benchmark", new DirectoryCounts(Practitioners: 60, Organisations: 125, Services: 500, Placements: 100)),
        Counts = new Counts(People: 2_500, Mentors: 100, Acquaintances: 7_500, Mentorings: 150, Attendances: 3_000, Completions: 400, Partnerships: 300, Plans: 600, Funds: 120, Projects: 12),
    };

    private readonly TempFolder _temp = new();

    [Fact]
    public void The_same_seed_writes_the_same_files_and_every_tie_follows_the_hard_rules()
    {
        var first = Generate("first");
        var second = Generate("second");

        DatasetValidator.Validate(first);
        Assert.Equal(Small.Counts.Attendances, first.Ties.Attended.Count);
        foreach (var file in Directory.GetFiles(_temp.Combine("first")).Select(Path.GetFileName))
        {
            Assert.True(
                File.ReadAllBytes(_temp.Combine("first", file!)).AsSpan().SequenceEqual(File.ReadAllBytes(_temp.Combine("second", file!))),
                $"{file} differs between two runs with the same seed.");
        }
    }

    [Fact]
    public void Ids_carry_the_sets_tag_so_they_never_collide_with_the_demo_regions()
    {
        var dataset = Dataset.Generate(Small, Small.Seed, TextWriter.Null);

        Assert.All(dataset.People, p => Assert.Matches("^per-r[0-9]{6}$", p.Id));
        Assert.All(dataset.Providers.Services, s => Assert.Matches("^svc-r[0-9]{6}$", s.Id));
        Assert.All(dataset.Practitioners, p => Assert.Matches("^prc-r[0-9]{6}$", p.Id));
    }

    public void Dispose() => _temp.Dispose();

    private Dataset Generate(string folder)
    {
        var dataset = Dataset.Generate(Small, Small.Seed, TextWriter.Null);
        new SeedWriter(_temp.Combine(folder), TextWriter.Null).Write(dataset, Small.Region);
        return dataset;
    }
}
