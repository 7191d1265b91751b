using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Connector;

/// <summary>
/// Licence exclusion zones: areas a person must not enter, so nothing inside one is ever offered.
/// Read from GeoJSON (a Polygon, a MultiPolygon, or a FeatureCollection of them; [longitude, latitude]).
/// </summary>
public sealed class ExclusionZones
{
    private static readonly GeometryFactory Factory = new();
    private readonly IReadOnlyList<ZonePolygon> _polygons;

    private ExclusionZones(IReadOnlyList<ZonePolygon> polygons, int zones)
    {
        _polygons = polygons;
        Zones = zones;
    }

    public static ExclusionZones None { get; } = new([], 0);

    /// <summary>Polygons, counting each of a MultiPolygon's.</summary>
    public int Count => _polygons.Count;

    /// <summary>Zones as given: each feature of a FeatureCollection, or the one geometry.</summary>
    public int Zones { get; }

    public bool Contains(GeoPoint point) => ZoneAt(point) is not null;

    /// <summary>
    /// Which zone holds <paramref name="point"/>, for a practitioner to read: "exclusion zone 'City centre'" when its
    /// feature has a <c>name</c> property, else by its place in the list ("exclusion zone 2 of 3"); null outside them all.
    /// </summary>
    public string? Describe(GeoPoint point) => ZoneAt(point) switch
    {
        null => null,
        { Name: { } name } => $"exclusion zone '{CallerText.Shown(name)}'",
        _ when Zones == 1 => "their exclusion zone",
        var zone => $"exclusion zone {zone.Zone} of {Zones}",
    };

    /// <summary>
    /// The same zones without their names: a stored person's zones are named by whoever recorded them, and a name (a
    /// victim's street) may say more than a caller who connects for the person should read.
    /// </summary>
    public ExclusionZones WithoutNames() => new([.. _polygons.Select(p => p with { Name = null })], Zones);

    private ZonePolygon? ZoneAt(GeoPoint point)
    {
        var at = new Point(point.Longitude, point.Latitude);
        return _polygons.FirstOrDefault(p => p.Polygon.Covers(at));
    }

    /// <summary>
    /// Parses and checks GeoJSON; every problem names <paramref name="field"/> and says what is wrong in GeoJSON's terms.
    /// (Read here rather than by a GeoJSON library, whose errors name .NET types and close open rings silently, when an
    /// exclusion zone must say exactly where it is.)
    /// </summary>
    public static ExclusionZones Parse(JsonElement geoJson, string field)
    {
        if (geoJson.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, $"a GeoJSON object is expected, not a JSON {Kind(geoJson)}");
        }

        var polygons = new List<ZonePolygon>();
        var zones = 0;
        if (TypeOf(geoJson, field) == "FeatureCollection")
        {
            foreach (var feature in Items(geoJson, "features", "a FeatureCollection", field))
            {
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
                {
                    throw Invalid(field, "each of a FeatureCollection's 'features' must be a GeoJSON Feature");
                }

                if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
                {
                    throw Invalid(field, "a feature has no geometry");
                }

                var zone = ++zones;
                var name = feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                    && properties.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(named.GetString())
                    ? named.GetString()
                    : null;
                polygons.AddRange(ReadGeometry(geometry, field).Select(p => new ZonePolygon(p, zone, name)));
            }
        }
        else
        {
            zones = 1;
            polygons.AddRange(ReadGeometry(geoJson, field).Select(p => new ZonePolygon(p, 1, null)));
        }

        if (polygons.Count == 0)
        {
            throw Invalid(field, "it holds no polygon");
        }

        foreach (var polygon in polygons)
        {
            Check(polygon.Polygon, field);
        }

        return new ExclusionZones(polygons, zones);
    }

    private static IEnumerable<Polygon> ReadGeometry(JsonElement geometry, string field)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(field, $"a geometry must be a GeoJSON object, not a JSON {Kind(geometry)}");
        }

        return TypeOf(geometry, field) switch
        {
            "Polygon" => [ReadPolygon(Items(geometry, "coordinates", "a Polygon", field), field)],
            "MultiPolygon" => [.. Items(geometry, "coordinates", "a MultiPolygon", field).Select(rings => ReadPolygon(ArrayOf(rings, "each polygon of a MultiPolygon", "a list of rings", field), field))],
            var other => throw Invalid(field, $"a zone must be a Polygon or MultiPolygon (or a FeatureCollection of them), not a {CallerText.Shown(other)}"),
        };
    }

    private static string TypeOf(JsonElement element, string field) =>
        element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()!
            : throw Invalid(field, "a GeoJSON object needs a 'type' (Polygon, MultiPolygon or FeatureCollection)");

    /// <summary>The array <paramref name="member"/> of <paramref name="what"/>; missing or of another kind names it.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement element, string member, string what, string field) =>
        element.TryGetProperty(member, out var value)
            ? ArrayOf(value, $"the '{member}' of {what}", "an array", field)
            : throw Invalid(field, $"{what} needs '{member}'");

    private static IEnumerable<JsonElement> ArrayOf(JsonElement value, string what, string expected, string field) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Invalid(field, $"{what} must be {expected}, not a JSON {Kind(value)}");

    /// <summary>A polygon from its rings: the outline first, then any holes.</summary>
    private static Polygon ReadPolygon(IEnumerable<JsonElement> rings, string field)
    {
        var read = rings.Select(ring => ReadRing(ring, field)).ToList();
        return read.Count == 0
            ? throw Invalid(field, "a polygon has no rings (it needs at least its outline)")
            : Factory.CreatePolygon(read[0], [.. read.Skip(1)]);
    }

    private static LinearRing ReadRing(JsonElement ring, string field)
    {
        var positions = ArrayOf(ring, "a ring", "an array of positions", field).Select(p => ReadPosition(p, field)).ToArray();
        if (positions.Length < 4)
        {
            throw Invalid(field, $"a ring needs at least four positions, the last the same as the first (it has {positions.Length})");
        }

        // Compared by value, so [-1.6, 53] and [-1.60, 53.0] close the same ring.
        return positions[0].Equals2D(positions[^1])
            ? Factory.CreateLinearRing(positions)
            : throw Invalid(field, "a ring is not closed (its first and last positions differ)");
    }

    private static Coordinate ReadPosition(JsonElement position, string field)
    {
        var numbers = position.ValueKind == JsonValueKind.Array ? position.EnumerateArray().ToList() : [];
        if (numbers.Count < 2 || numbers.Any(n => n.ValueKind != JsonValueKind.Number))
        {
            throw Invalid(field, $"a position must be [longitude, latitude] in degrees, not {CallerText.Shown(position.GetRawText())}");
        }

        return new Coordinate(numbers[0].GetDouble(), numbers[1].GetDouble());
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Caller-supplied text, cut short so that an error message stays short whatever was sent.</summary>

    private static void Check(Polygon polygon, string field)
    {
        foreach (var coordinate in polygon.Coordinates)
        {
            if (coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90)
            {
                throw Invalid(field, $"the position {Shown(coordinate)} is out of range ([longitude, latitude] in degrees)");
            }
        }

        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            throw Invalid(field, $"the polygon is not valid: {validity.Message} at {Shown(validity.Coordinate)}");
        }
    }

    private static string Shown(Coordinate coordinate) =>
        string.Create(CultureInfo.InvariantCulture, $"[{coordinate.X}, {coordinate.Y}]");

    private static InvalidInputException Invalid(string field, string why) =>
        new(field, $"'{field}' is not a usable exclusion zone: {why}.");

    /// <summary>A polygon of zone number <see cref="Zone"/> (from 1, in the order given), with the zone's name if it has one.</summary>
    private sealed record ZonePolygon(Polygon Polygon, int Zone, string? Name);
}
