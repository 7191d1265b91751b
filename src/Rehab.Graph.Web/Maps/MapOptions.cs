namespace Rehab.Graph.Web.Maps;

/// <summary>
/// <c>WebApp:Map</c>: a tile server for the maps' background (e.g. OpenStreetMap's
/// <c>https://tile.openstreetmap.org/{z}/{x}/{y}.png</c> with its attribution). Unset, the maps draw the demo region's
/// own basemap (land, water and place names), so nothing is fetched from outside the hub.
/// </summary>
public sealed record MapOptions
{
    public const string Section = "WebApp:Map";

    public string? TileUrl { get; init; }

    public string? TileAttribution { get; init; }
}
