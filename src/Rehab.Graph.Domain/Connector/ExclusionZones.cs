using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// Licence exclusion zones: areas a person must not enter, so nothing inside one is ever offered.
/// Read from GeoJSON (a Polygon, a MultiPolygon, or a FeatureCollection of them; [longitude, latitude]).
/// </summary>
public sealed class ExclusionZones
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly IReadOnlyList<Polygon> _polygons;

    private ExclusionZones(IReadOnlyList<Polygon> polygons) => _polygons = polygons;

    public static ExclusionZones None { get; } = new([]);

    public int Count => _polygons.Count;

    public bool Contains(GeoPoint point) =>
        _polygons.Any(p => p.Covers(new Point(point.Longitude, point.Latitude)));

    /// <summary>Parses and checks GeoJSON; every problem names <paramref name="field"/>.</summary>
    public static ExclusionZones Parse(JsonElement geoJson, string field)
    {
        if (geoJson.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, $"a GeoJSON object is expected, not a JSON {geoJson.ValueKind.ToString().ToLowerInvariant()}");
        }

        var raw = geoJson.GetRawText();
        // Checked before parsing: the reader closes open rings silently, and an exclusion zone must say exactly where it is.
        CheckRingsClosed(geoJson, field);
        List<Polygon> polygons = geoJson.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "FeatureCollection"
            ? ReadFeatureCollection(raw, field)
            : [.. Polygons(ReadGeometry(raw, field), field)];
        if (polygons.Count == 0)
        {
            throw Invalid(field, "it holds no polygon");
        }

        foreach (var polygon in polygons)
        {
            Check(polygon, field);
        }

        return new ExclusionZones(polygons);
    }

    private static Geometry ReadGeometry(string raw, string field)
    {
        try
        {
            return JsonSerializer.Deserialize<Geometry>(raw, GeoJson) ?? throw Invalid(field, "it is empty");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw Invalid(field, $"it is not a GeoJSON geometry ({e.Message})");
        }
    }

    private static List<Polygon> ReadFeatureCollection(string raw, string field)
    {
        FeatureCollection? features;
        try
        {
            features = JsonSerializer.Deserialize<FeatureCollection>(raw, GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw Invalid(field, $"it is not a GeoJSON FeatureCollection ({e.Message})");
        }

        return [.. (features ?? []).SelectMany(f => Polygons(f.Geometry ?? throw Invalid(field, "a feature has no geometry"), field))];
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry, string field) => geometry switch
    {
        Polygon polygon => [polygon],
        MultiPolygon multi => multi.Geometries.Cast<Polygon>(),
        _ => throw Invalid(field, $"a zone must be a Polygon or MultiPolygon, not a {geometry.GeometryType}"),
    };

    private static void Check(Polygon polygon, string field)
    {
        if (polygon.IsEmpty)
        {
            throw Invalid(field, "a polygon has no coordinates");
        }

        foreach (var coordinate in polygon.Coordinates)
        {
            if (coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90 || !double.IsFinite(coordinate.X) || !double.IsFinite(coordinate.Y))
            {
                throw Invalid(field, $"the position [{coordinate.X}, {coordinate.Y}] is out of range ([longitude, latitude] in degrees)");
            }
        }

        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            throw Invalid(field, $"the polygon is not valid: {validity.Message} at [{validity.Coordinate.X}, {validity.Coordinate.Y}]");
        }
    }

    /// <summary>Every linear ring's first and last positions must be equal, as GeoJSON requires.</summary>
    private static void CheckRingsClosed(JsonElement element, string field)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && element.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array)
            {
                var rings = type.GetString() switch
                {
                    "Polygon" => coordinates.EnumerateArray(),
                    "MultiPolygon" => coordinates.EnumerateArray().SelectMany(p => p.ValueKind == JsonValueKind.Array ? p.EnumerateArray() : []),
                    _ => Enumerable.Empty<JsonElement>(),
                };
                foreach (var ring in rings.Where(r => r.ValueKind == JsonValueKind.Array && r.GetArrayLength() > 0))
                {
                    if (!SamePosition(ring[0], ring[ring.GetArrayLength() - 1]))
                    {
                        throw Invalid(field, "a ring is not closed (its first and last positions differ)");
                    }
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                CheckRingsClosed(property.Value, field);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CheckRingsClosed(item, field);
            }
        }
    }

    /// <summary>Compares positions by value, so [-1.6, 53] and [-1.60, 53.0] are the same place.</summary>
    private static bool SamePosition(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != JsonValueKind.Array || b.ValueKind != JsonValueKind.Array || a.GetArrayLength() != b.GetArrayLength())
        {
            return false;
        }

        for (var i = 0; i < a.GetArrayLength(); i++)
        {
            if (a[i].ValueKind != JsonValueKind.Number || b[i].ValueKind != JsonValueKind.Number || a[i].GetDouble() != b[i].GetDouble())
            {
                return false;
            }
        }

        return true;
    }

    private static InvalidInputException Invalid(string field, string why) =>
        new(field, $"'{field}' is not a usable exclusion zone: {why}.");
}
