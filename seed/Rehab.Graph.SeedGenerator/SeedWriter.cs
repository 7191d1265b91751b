using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rehab.Graph.SeedGenerator;

/// <summary>Writes the files described in seed/FORMAT.md.</summary>
public sealed class SeedWriter(string seedDirectory, TextWriter log)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        // Fixed rather than Environment.NewLine so files are byte-identical on every OS.
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Keeps "Mon–Fri" and "Women's" readable instead of \u-escaped; the files are never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public void Write(DemoRegion demo)
    {
        var ties = demo.Ties;
        WriteFile("demo-region/region.json", demo.Region, "1 region");
        WriteFile("demo-region/needs.json", demo.Needs, Items(demo.Needs));
        WriteFile("demo-region/strengths.json", demo.Strengths, Items(demo.Strengths));
        WriteFile("demo-region/practitioners.json", demo.Practitioners, Items(demo.Practitioners));
        WriteFile("demo-region/organisations.json", demo.Providers.Organisations, Items(demo.Providers.Organisations));
        WriteFile("demo-region/services.json", demo.Providers.Services, Items(demo.Providers.Services));
        WriteFile("demo-region/placements.json", demo.Providers.Placements, Items(demo.Providers.Placements));
        WriteFile("demo-region/mentors.json", demo.Mentors, Items(demo.Mentors));
        WriteFile("demo-region/people.json", demo.People, Items(demo.People));
        WriteFile(
            "demo-region/ties.json",
            ties,
            $"{ties.Knows.Count} knows, {ties.Mentors.Count} mentors, {ties.Attended.Count} attended, "
            + $"{ties.Completed.Count} completed, {ties.PartnersWith.Count} partnersWith");
        WriteFile("gazetteer.json", Gazetteer.Entries, Items(Gazetteer.Entries));
        WriteFile("demo-region/basemap.geojson", Basemap.Build(Gazetteer.Entries), "land, water and places for the web app's map");
    }

    private static string Items<T>(IReadOnlyCollection<T> items) => $"{items.Count} items";

    private void WriteFile<T>(string relativePath, T value, string summary)
    {
        var path = Path.Combine(seedDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(value, Options) + "\n");
        log.WriteLine($"wrote {relativePath} ({summary})");
    }
}
