namespace Rehab.Graph.SeedGenerator;

public static class Geo
{
    private const double EarthRadiusKm = 6371.0;
    private const double MetresPerDegreeLat = 111_320.0;

    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLon = ToRadians(b.Lon - a.Lon);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>A random point on land within <paramref name="maxMetres"/> of the place, rounded to 5 decimals.</summary>
    public static GeoPoint Scatter(Random random, string placeName, double maxMetres)
    {
        var place = Gazetteer.Find(placeName);
        while (true)
        {
            // sqrt keeps the density uniform over the disc rather than bunched at the centre.
            var distance = maxMetres * Math.Sqrt(random.NextDouble());
            var bearing = 2 * Math.PI * random.NextDouble();
            var lat = place.Lat + distance * Math.Cos(bearing) / MetresPerDegreeLat;
            var lon = place.Lon + distance * Math.Sin(bearing) / (MetresPerDegreeLat * Math.Cos(ToRadians(place.Lat)));
            if (Coastline.IsOnLand(lat, lon))
            {
                return new GeoPoint(Math.Round(lat, 5), Math.Round(lon, 5));
            }
        }
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
