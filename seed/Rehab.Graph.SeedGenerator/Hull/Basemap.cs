using System.Text.Json.Nodes;

namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// The web app's map background where no tile server is reachable: the region's land, the Humber and the North Sea from
/// <see cref="Coastline"/>, and the gazetteer's places as labelled points. GeoJSON, [longitude, latitude].
/// </summary>
public static class Basemap
{
    private const double West = -0.95;
    private const double East = 0.40;
    private const double South = 53.55;
    private const double North = 53.95;

    /// <summary>Every 0.01° along the shore, enough for a city-scale map and a small file.</summary>
    private const double Step = 0.01;

    public static JsonObject Build(IEnumerable<GazetteerEntry> places)
    {
        var shore = Shore();
        var land = new List<(double Lon, double Lat)> { (West, North) };
        land.AddRange(shore);
        land.Add((West, North));

        var water = new List<(double Lon, double Lat)>(shore) { (East, North), (East, South), (West, South) };
        water.Add(water[0]);

        var features = new JsonArray
        {
            Feature("land", "Hull and East Riding", Polygon(land)),
            Feature("water", "Humber Estuary and North Sea", Polygon(water)),
        };
        foreach (var place in places)
        {
            features.Add(Feature("place", place.Name, new JsonObject
            {
                ["type"] = "Point",
                ["coordinates"] = new JsonArray(Round(place.Lon), Round(place.Lat)),
            }, place.Kind.ToString()));
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    /// <summary>West to east along the Humber's north bank until it meets the Holderness coast, then north up the coast.</summary>
    private static List<(double Lon, double Lat)> Shore()
    {
        var shore = new List<(double Lon, double Lat)>();
        for (var lon = West; lon <= East; lon += Step)
        {
            var lat = SouthernmostLand(lon);
            if (!Coastline.IsOnLand(lat + 0.0005, lon))
            {
                break;
            }

            shore.Add((lon, lat));
        }

        for (var lat = shore[^1].Lat + Step; lat <= North; lat += Step)
        {
            shore.Add((EasternmostLand(lat), lat));
        }

        shore.Add((EasternmostLand(North), North));
        return shore;
    }

    private static double SouthernmostLand(double lon)
    {
        var lat = South;
        while (lat < North && !Coastline.IsOnLand(lat, lon))
        {
            lat += 0.0005;
        }

        return lat;
    }

    private static double EasternmostLand(double lat)
    {
        var lon = West;
        while (lon < East && Coastline.IsOnLand(lat, lon + 0.0005))
        {
            lon += 0.0005;
        }

        return lon;
    }

    private static JsonObject Polygon(IEnumerable<(double Lon, double Lat)> ring) => new()
    {
        ["type"] = "Polygon",
        ["coordinates"] = new JsonArray(new JsonArray([.. ring.Select(p => (JsonNode)new JsonArray(Round(p.Lon), Round(p.Lat)))])),
    };

    private static JsonObject Feature(string layer, string name, JsonObject geometry, string? kind = null)
    {
        var properties = new JsonObject { ["layer"] = layer, ["name"] = name };
        if (kind is not null)
        {
            properties["kind"] = kind;
        }

        return new JsonObject { ["type"] = "Feature", ["properties"] = properties, ["geometry"] = geometry };
    }

    private static double Round(double degrees) => Math.Round(degrees, 4);
}
