namespace Rehab.Graph.Domain.Geography;

/// <summary>A validated "within this radius of this point" search.</summary>
public sealed record NearQuery(GeoPoint Centre, double RadiusKm)
{
    public const double MaxRadiusKm = 200;

    /// <summary>The sphere <see cref="GeoPoint.DistanceKmTo"/> and the Cypher haversin measure on.</summary>
    private const double EarthRadiusKm = 6371.0;

    /// <summary>
    /// A latitude/longitude box that contains the circle, so the statement can seek the lat index
    /// before it computes exact distances.
    /// </summary>
    public BoundingBox Box
    {
        get
        {
            var angle = RadiusKm / EarthRadiusKm;
            var dLat = angle * 180.0 / Math.PI;
            // The circle's widest longitude offset is asin(sin(angle) / cos(lat)); when that exceeds 1 the circle holds a pole.
            var ratio = Math.Sin(angle) / Math.Cos(Centre.Latitude * Math.PI / 180.0);
            var dLon = ratio >= 1 ? 180 : Math.Asin(ratio) * 180.0 / Math.PI;
            return new BoundingBox(Centre.Latitude - dLat, Centre.Latitude + dLat, Centre.Longitude - dLon, Centre.Longitude + dLon);
        }
    }

    public static double ValidateRadius(double radiusKm, string field)
    {
        if (!double.IsFinite(radiusKm) || radiusKm <= 0 || radiusKm > MaxRadiusKm)
        {
            throw new InvalidInputException(field, $"'{field}' must be more than 0 and at most {MaxRadiusKm} km (got {radiusKm}).");
        }

        return radiusKm;
    }
}

public readonly record struct BoundingBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);
