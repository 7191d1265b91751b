namespace Rehab.Graph.Domain.Geography;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle distance by the haversine formula: the same one the Cypher statements use.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var h = Haversin(dLat) + Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Haversin(dLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>Checks the coordinate ranges; <paramref name="field"/> names the input at fault.</summary>
    public static GeoPoint Create(double latitude, double longitude, string field)
    {
        if (!double.IsFinite(latitude) || latitude is < -90 or > 90)
        {
            throw new InvalidInputException($"{field}.latitude", $"'{field}.latitude' must be between -90 and 90 (got {latitude}).");
        }

        if (!double.IsFinite(longitude) || longitude is < -180 or > 180)
        {
            throw new InvalidInputException($"{field}.longitude", $"'{field}.longitude' must be between -180 and 180 (got {longitude}).");
        }

        return new GeoPoint(latitude, longitude);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;

    private static double Haversin(double radians) => (1 - Math.Cos(radians)) / 2;
}
