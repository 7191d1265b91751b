using System.Text.Json;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Api.Geography;

public static class GazetteerServiceCollectionExtensions
{
    /// <summary>The offline gazetteer of the demo region (seed/gazetteer.json); swap in a geocoder by registering another <see cref="IPlaceGazetteer"/>.</summary>
    public static IServiceCollection AddDemoRegionGazetteer(this IServiceCollection services) =>
        services.AddSingleton<IPlaceGazetteer>(_ =>
        {
            using var stream = typeof(GazetteerServiceCollectionExtensions).Assembly.GetManifestResourceStream("gazetteer.json")
                ?? throw new InvalidOperationException("gazetteer.json is not embedded.");
            var entries = JsonSerializer.Deserialize<List<GazetteerEntry>>(stream, JsonSerializerOptions.Web) ?? [];
            return new InMemoryGazetteer(entries.Select(e => new Place(e.Name, e.Kind, new GeoPoint(e.Lat, e.Lon))));
        });

    private sealed record GazetteerEntry(string Name, string Kind, double Lat, double Lon);
}
