using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rehab.Graph.Web.Maps;

/// <summary>A point on the map, WGS-84.</summary>
public sealed record MapPoint(double Lat, double Lon);

/// <summary>
/// A result on the map: <see cref="Label"/> is its number in the page's list (so the map and the list name it alike),
/// <see cref="Kind"/> its section (service, placement, mentor), <see cref="Href"/> where its popup links.
/// </summary>
public sealed record MapMarker(string Label, string Kind, string Name, double Lat, double Lon, string? Href, string? Detail);

/// <summary>
/// An area shaded by a value, drawn as a circle of <see cref="Size"/> pixels at its centre (the region's data has points,
/// not boundaries, for postcode districts): <see cref="Shade"/> from 0 (none) to <see cref="MapArea.Darkest"/>, and
/// <see cref="Detail"/> the words its tooltip says.
/// </summary>
public sealed record MapArea(string Name, double Lat, double Lon, int Shade, int Size, string Detail)
{
    public const int Darkest = 4;
}

/// <summary>
/// Everything a page's map draws, written into the page as JSON (<c>&lt;script type="application/json"&gt;</c>: data, not
/// script, so the page's CSP holds) and drawn by <c>/assets/rehab/map.js</c>: the background (the region's own basemap,
/// or a tile server when one is configured), a home marker, a radius, the results' markers and shaded areas (exclusion
/// zones or, for commissioners, areas shaded by a value). Without JavaScript the page's list is the page.
/// </summary>
public sealed record MapData
{
    public required string Label { get; init; }

    /// <summary>A sentence shown above the map, with it: what the map shows and where the same figures are in words.</summary>
    public string? Caption { get; init; }

    public MapPoint? Home { get; init; }

    public string? HomeLabel { get; init; }

    public double? RadiusKm { get; init; }

    public IReadOnlyList<MapMarker> Markers { get; init; } = [];

    public IReadOnlyList<MapArea> Areas { get; init; } = [];

    /// <summary>GeoJSON polygons to shade (exclusion zones), or null.</summary>
    public JsonElement? Zones { get; init; }

    public string? Basemap { get; init; }

    public string? TileUrl { get; init; }

    public string? TileAttribution { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Escapes <, >, & and quotes, so the JSON cannot end the script element it is written into.
        Encoder = JavaScriptEncoder.Default,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
