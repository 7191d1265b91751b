using System.Text.Json;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>A place a project can meet: a name from the region's gazetteer and where it is.</summary>
public sealed record ProjectPlace(string Name, double Latitude, double Longitude);

/// <summary>
/// What the person's start-a-project form offers, from the seed's lists embedded in this assembly: the needs (the hub's
/// taxonomy query is not open to a person on probation) and the region's towns and areas as places to meet (the hub
/// needs a point, and does not tell a person where their own home is).
/// </summary>
public static class ProjectChoices
{
    private static readonly Lazy<IReadOnlyList<(string Code, string Label)>> NeedList = new(() =>
        Read("Rehab.Graph.Web.needs.json", e => (e.GetProperty("code").GetString()!, e.GetProperty("label").GetString()!)));

    private static readonly Lazy<IReadOnlyList<ProjectPlace>> PlaceList = new(() =>
        Read("Rehab.Graph.Web.gazetteer.json", e => e.GetProperty("kind").GetString() is "AREA" or "TOWN"
                ? new ProjectPlace(e.GetProperty("name").GetString()!, e.GetProperty("lat").GetDouble(), e.GetProperty("lon").GetDouble())
                : null)
            .OfType<ProjectPlace>()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<(string Code, string Label)> Needs => NeedList.Value;

    /// <summary>The region's towns and areas of Hull, by name.</summary>
    public static IReadOnlyList<ProjectPlace> Places => PlaceList.Value;

    private static IReadOnlyList<T> Read<T>(string resource, Func<JsonElement, T> item)
    {
        using var stream = typeof(ProjectChoices).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Rehab.Graph.Web.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray().Select(item).ToList();
    }
}
