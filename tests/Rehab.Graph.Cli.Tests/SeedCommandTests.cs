using System.Text.Json;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Cli.Tests;

/// <summary>The seed command end to end, against a real Neo4j that the first seed found empty.</summary>
[Collection(DemoRegionCollection.Name)]
public sealed class SeedCommandTests(DemoRegionWorld world)
{
    [Fact]
    public async Task Seeding_an_empty_database_migrates_it_and_loads_the_demo_region_and_seeding_again_adds_nothing()
    {
        var (first, counts) = world.FirstSeed;

        var again = world.Run("seed");

        Assert.Equal((0, 0), (first.Exit, again.Exit));
        Assert.Matches(@"^[1-9]\d* migrations applied to Neo4j at ", first.Output);
        Assert.Contains("The demo region loaded in", first.Output, StringComparison.Ordinal);
        Assert.Contains("Loading region 'demo-region' into Neo4j...", first.Error, StringComparison.Ordinal);
        Assert.Equal(DemoRegionCounts(), counts);
        Assert.Equal((72, 160), (counts["Organisation"], counts["Service"]));
        Assert.StartsWith("0 migrations applied", again.Output, StringComparison.Ordinal);
        Assert.Contains("The demo region is loaded already", again.Output, StringComparison.Ordinal);
        Assert.Equal(counts, await world.CountsAsync());
    }

    [Fact]
    public async Task A_folder_in_the_seed_format_loads_under_its_own_name_once()
    {
        var folder = world.Folder("demo-copy");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("seed", "demo-region"), "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var first = world.Run("seed", "--folder", folder);
        var again = world.Run("seed", "--folder", folder + Path.DirectorySeparatorChar);

        Assert.Equal((0, 0), (first.Exit, again.Exit));
        Assert.Contains("Region 'demo-copy' loaded in", first.Output, StringComparison.Ordinal);
        Assert.Contains("Region 'demo-copy' is loaded already", again.Output, StringComparison.Ordinal);
        // The copy's items are the demo region's, merged by id: nothing is added twice.
        Assert.Equal(DemoRegionCounts(), await world.CountsAsync());
    }

    [Fact]
    public async Task A_folder_missing_a_file_of_the_format_loads_nothing()
    {
        var folder = world.Folder("half-region");
        File.WriteAllText(Path.Combine(folder, "needs.json"), """[{"code": "HALF_NEED", "label": "Half"}]""");
        var before = await world.CountsAsync();

        var (exit, output, _) = world.Run("seed", "--folder", folder);

        Assert.Equal(1, exit);
        Assert.Contains("Region 'half-region' was not loaded:", output, StringComparison.Ordinal);
        Assert.Contains("people.json", output, StringComparison.Ordinal);
        Assert.Equal(before, await world.CountsAsync());
    }

    [Theory]
    [InlineData("--folder", "no-such-folder")]
    [InlineData("--folder")]
    [InlineData("--neo4j", "bolt://localhost:7687")]
    [InlineData("--force")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["seed", .. args], output, error, _ => null);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("usage: seed", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_Neo4j_the_seed_says_to_start_the_hub()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["seed"], output, error, name => name == "Neo4j__Local__Instance" ? "no-such-instance" : null);

        Assert.Equal(3, exit);
        Assert.Contains("No Neo4j to seed", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What seed/demo-region holds: the nodes of each kind, the KNOWS ties, and one OFFERS tie per service.</summary>
    private static Dictionary<string, int> DemoRegionCounts()
    {
        int Length(string file, string? property = null)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", file + ".json")));
            return (property is null ? json.RootElement : json.RootElement.GetProperty(property)).GetArrayLength();
        }

        return new Dictionary<string, int>
        {
            ["Need"] = Length("needs"),
            ["Strength"] = Length("strengths"),
            ["Practitioner"] = Length("practitioners"),
            ["Organisation"] = Length("organisations"),
            ["Service"] = Length("services"),
            ["Placement"] = Length("placements"),
            ["Mentor"] = Length("mentors"),
            ["Person"] = Length("people"),
            ["KNOWS"] = Length("ties", "knows"),
            ["OFFERS"] = Length("services"),
        };
    }
}
