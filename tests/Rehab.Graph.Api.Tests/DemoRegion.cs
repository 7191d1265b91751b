using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>The seed files, read directly: expectations are computed from them, independently of the hub.</summary>
public static class DemoRegion
{
    public static IReadOnlyList<JsonObject> Services { get; } = Read("services");

    public static IReadOnlyList<JsonObject> Organisations { get; } = Read("organisations");

    public static IReadOnlyList<JsonObject> Placements { get; } = Read("placements");

    public static IReadOnlyList<JsonObject> Mentors { get; } = Read("mentors");

    public static IReadOnlyList<JsonObject> People { get; } = Read("people");

    public static IReadOnlyList<JsonObject> Gazetteer { get; } =
        [.. JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "gazetteer.json")))!.AsArray().Select(n => n!.AsObject())];

    public static GeoPoint Place(string name)
    {
        var place = Gazetteer.Single(p => p["name"]!.GetValue<string>() == name);
        return new GeoPoint(place["lat"]!.GetValue<double>(), place["lon"]!.GetValue<double>());
    }

    /// <summary>Ids of the items located within <paramref name="radiusKm"/> of <paramref name="centre"/>, by the same formula.</summary>
    public static ISet<string> Within(IEnumerable<JsonObject> items, GeoPoint centre, double radiusKm) =>
        items.Where(i => i["lat"] is not null && new GeoPoint(i["lat"]!.GetValue<double>(), i["lon"]!.GetValue<double>()).DistanceKmTo(centre) <= radiusKm)
            .Select(i => i["id"]!.GetValue<string>())
            .ToHashSet();

    public static IReadOnlyList<string> Strings(JsonObject item, string property) =>
        item[property]?.AsArray().Select(n => n!.GetValue<string>()).ToList() ?? [];

    private static IReadOnlyList<JsonObject> Read(string name) =>
        [.. JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", name + ".json")))!.AsArray().Select(n => n!.AsObject())];
}
