namespace Rehab.Graph.RegionalData.Geography;

/// <summary>WGS-84 decimal degrees.</summary>
public sealed record GeoPoint(double Lat, double Lon)
{
    private const double KmPerDegree = 111.32;

    /// <summary>Equirectangular distance: within a few tenths of a percent at town scale, and cheap enough for millions of calls.</summary>
    public double DistanceKm(GeoPoint other)
    {
        var dLat = other.Lat - Lat;
        var dLon = (other.Lon - Lon) * Math.Cos((Lat + other.Lat) * Math.PI / 360);
        return KmPerDegree * Math.Sqrt(dLat * dLat + dLon * dLon);
    }

    /// <summary>A random point on land within <paramref name="maxMetres"/>, uniform over the disc, rounded to 5 decimals.</summary>
    public GeoPoint Scatter(Random random, double maxMetres)
    {
        while (true)
        {
            // sqrt keeps the density uniform over the disc rather than bunched at the middle.
            var km = maxMetres / 1000 * Math.Sqrt(random.NextDouble());
            var bearing = 2 * Math.PI * random.NextDouble();
            var lat = Lat + km * Math.Cos(bearing) / KmPerDegree;
            var lon = Lon + km * Math.Sin(bearing) / (KmPerDegree * Math.Cos(Lat * Math.PI / 180));
            var point = new GeoPoint(Math.Round(lat, 5), Math.Round(lon, 5));
            // A whole-degree coordinate would be written as 54 rather than 54.0 and stored by Neo4j as an integer.
            if (!Water.Contains(lat, lon) && !double.IsInteger(point.Lat) && !double.IsInteger(point.Lon))
            {
                return point;
            }
        }
    }
}
