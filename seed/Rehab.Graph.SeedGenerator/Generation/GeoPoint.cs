namespace Rehab.Graph.SeedGenerator;

/// <summary>WGS-84 decimal degrees.</summary>
public sealed record GeoPoint(double Lat, double Lon)
{
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Great-circle distance by the haversine formula; every "nearest" in the generator is by this distance.</summary>
    public double DistanceKm(GeoPoint other) => DistanceKm(this, CosLat(Lat), other, CosLat(other.Lat));

    /// <summary>The same distance, with each latitude's cosine computed once by the caller for the many distances it measures.</summary>
    public static double DistanceKm(GeoPoint a, double cosLatA, GeoPoint b, double cosLatB)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLon = ToRadians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + cosLatA * cosLatB * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    public static double CosLat(double lat) => Math.Cos(ToRadians(lat));

    public static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
