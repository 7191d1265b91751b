namespace Rehab.Graph.Domain.Geography;

/// <summary>A validated "within this radius of this point" search.</summary>
public sealed record NearQuery(GeoPoint Centre, double RadiusKm)
{
    public const double MaxRadiusKm = 200;
    private const double KmPerDegreeLatitude = 111.32;

    /// <summary>
    /// A latitude/longitude box that contains the circle, so the statement can seek the lat index
    /// before it computes exact distances.
    /// </summary>
    public BoundingBox Box
    {
        get
        {
            var dLat = RadiusKm / KmPerDegreeLatitude;
            var cosLat = Math.Max(Math.Cos(Centre.Latitude * Math.PI / 180.0), 0.01);
            var dLon = Math.Min(RadiusKm / (KmPerDegreeLatitude * cosLat), 180);
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
