using System.Text.Json;

namespace Rehab.Graph.Neo4j.Seeding;

/// <summary>
/// A region's files in the seed format (seed/FORMAT.md), each parsed whole before anything is loaded, so a missing or
/// malformed file loads nothing.
/// </summary>
public sealed class SeedRegionFiles
{
    public static readonly IReadOnlyList<string> Names =
        ["needs", "strengths", "practitioners", "organisations", "services", "placements", "mentors", "people", "ties", "plans", "funds", "projects"];

    private readonly Dictionary<string, JsonElement> files;

    private SeedRegionFiles(Func<string, JsonElement> read) =>
        files = Names.ToDictionary(name => name, read, StringComparer.Ordinal);

    /// <summary>The fictional demo region, embedded from <c>seed/demo-region</c>.</summary>
    public static SeedRegionFiles Demo() =>
        new(name => Parse(typeof(SeedRegionFiles).Assembly.GetManifestResourceStream($"seed/{name}.json")
            ?? throw new InvalidOperationException($"The demo region file '{name}.json' is not embedded; run the seed generator.")));

    public static SeedRegionFiles FromDirectory(string directory)
    {
        var missing = Names.Where(name => !File.Exists(Path.Combine(directory, name + ".json"))).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"The folder '{directory}' lacks {string.Join(", ", missing.Select(name => name + ".json"))}.");
        }

        return new(name => Parse(File.OpenRead(Path.Combine(directory, name + ".json"))));
    }

    public IReadOnlyList<JsonElement> Items(string name) => [.. files[name].EnumerateArray()];

    public IReadOnlyList<JsonElement> Ties(string kind) => [.. files["ties"].GetProperty(kind).EnumerateArray()];

    private static JsonElement Parse(Stream stream)
    {
        using (stream)
        {
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.Clone();
        }
    }
}
