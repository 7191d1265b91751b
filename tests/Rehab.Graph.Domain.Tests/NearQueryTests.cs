using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Tests;

public sealed class NearQueryTests
{
    // Points computed exactly on the circle may land a rounding error outside an exact box.
    private const double RoundingDegrees = 1e-9;

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(200.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Radius_out_of_range_names_the_field(double radiusKm)
    {
        var error = Assert.Throws<InvalidInputException>(() => NearQuery.ValidateRadius(radiusKm, "near.radiusKm"));
        Assert.Equal("near.radiusKm", error.Field);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(0.001)]
    [InlineData(10)]
    public void Radius_in_range_is_returned(double radiusKm)
    {
        Assert.Equal(radiusKm, NearQuery.ValidateRadius(radiusKm, "near.radiusKm"));
    }

    [Theory]
    [InlineData(53.7446, -0.3352, 10, 0)]
    [InlineData(53.7446, -0.3352, 10, 90)]
    [InlineData(53.7446, -0.3352, 10, 180)]
    [InlineData(53.7446, -0.3352, 10, 270)]
    [InlineData(53.7446, -0.3352, 1, 0)]
    [InlineData(53.7446, -0.3352, 1, 90)]
    public void Box_contains_the_point_at_the_radius_in_each_direction(double latitude, double longitude, double radiusKm, double bearing)
    {
        var query = new NearQuery(new GeoPoint(latitude, longitude), radiusKm);
        var edge = Destination(query.Centre, radiusKm, bearing);

        AssertInside(query.Box, edge);
    }

    [Theory]
    [InlineData(53.7446, -0.3352, 200)]
    [InlineData(53.7446, -0.3352, 25)]
    [InlineData(0, 0, 200)]
    [InlineData(-45, 170, 150)]
    [InlineData(71, 25, 200)]
    public void Box_contains_the_whole_circle(double latitude, double longitude, double radiusKm)
    {
        var query = new NearQuery(new GeoPoint(latitude, longitude), radiusKm);
        for (var bearing = 0; bearing < 360; bearing += 5)
        {
            AssertInside(query.Box, Destination(query.Centre, radiusKm, bearing));
        }
    }

    [Fact]
    public void Box_is_not_much_taller_than_the_circle()
    {
        var query = new NearQuery(new GeoPoint(53.7446, -0.3352), 10);

        Assert.False(Inside(query.Box, Destination(query.Centre, 10.1, 0)));
        Assert.False(Inside(query.Box, Destination(query.Centre, 10.1, 180)));
    }

    [Fact]
    public void Box_around_a_pole_spans_every_longitude()
    {
        var box = new NearQuery(new GeoPoint(89.9, 0), 50).Box;

        Assert.True(box.MinLongitude <= -180 && box.MaxLongitude >= 180, $"{box}");
    }

    private static void AssertInside(BoundingBox box, GeoPoint point) =>
        Assert.True(Inside(box, point), $"{point} is outside {box}");

    private static bool Inside(BoundingBox box, GeoPoint point) =>
        point.Latitude >= box.MinLatitude - RoundingDegrees && point.Latitude <= box.MaxLatitude + RoundingDegrees
        && point.Longitude >= box.MinLongitude - RoundingDegrees && point.Longitude <= box.MaxLongitude + RoundingDegrees;

    /// <summary>The point <paramref name="km"/> from <paramref name="start"/> along a great circle, on the 6371 km sphere.</summary>
    private static GeoPoint Destination(GeoPoint start, double km, double bearingDegrees)
    {
        var angle = km / 6371.0;
        var bearing = bearingDegrees * Math.PI / 180;
        var lat1 = start.Latitude * Math.PI / 180;
        var lon1 = start.Longitude * Math.PI / 180;
        var lat2 = Math.Asin(Math.Sin(lat1) * Math.Cos(angle) + Math.Cos(lat1) * Math.Sin(angle) * Math.Cos(bearing));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angle) * Math.Cos(lat1), Math.Cos(angle) - Math.Sin(lat1) * Math.Sin(lat2));
        var point = new GeoPoint(lat2 * 180 / Math.PI, lon2 * 180 / Math.PI);
        Assert.Equal(km, start.DistanceKmTo(point), 6);
        return point;
    }
}
