using System.Collections.Frozen;
using System.Text.Json;

namespace Rehab.Graph.Web.Pages.Commissioning;

/// <summary>A postcode district's centre, where the commissioning map draws it.</summary>
public sealed record DistrictCentre(string Area, double Latitude, double Longitude);

/// <summary>
/// The region's postcode districts and their centres, from the seed gazetteer embedded in this assembly: the hub's
/// need counts name districts only, and the map needs somewhere to draw them.
/// </summary>
public static class DistrictCentroids
{
    private static readonly Lazy<FrozenDictionary<string, DistrictCentre>> Centres = new(Load);

    public static DistrictCentre? Of(string area) => Centres.Value.GetValueOrDefault(area);

    private static FrozenDictionary<string, DistrictCentre> Load()
    {
        using var stream = typeof(DistrictCentroids).Assembly.GetManifestResourceStream("Rehab.Graph.Web.gazetteer.json")
            ?? throw new InvalidOperationException("The gazetteer is not embedded in Rehab.Graph.Web.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateArray()
            .Where(place => place.GetProperty("kind").GetString() == "POSTCODE_DISTRICT")
            .Select(place => new DistrictCentre(place.GetProperty("name").GetString()!, place.GetProperty("lat").GetDouble(), place.GetProperty("lon").GetDouble()))
            .ToFrozenDictionary(centre => centre.Area, StringComparer.Ordinal);
    }
}
