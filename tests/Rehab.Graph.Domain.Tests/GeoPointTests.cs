using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Tests;

public sealed class GeoPointTests
{
    private static readonly GeoPoint HullCentre = new(53.7446, -0.3352);
    private static readonly GeoPoint Beverley = new(53.8416, -0.4302);

    [Fact]
    public void Distance_from_Hull_centre_to_Beverley_is_about_12_5_km()
    {
        // 12.461 km by an independent haversine on the same 6371 km sphere.
        Assert.InRange(HullCentre.DistanceKmTo(Beverley), 12.41, 12.51);
    }

    [Fact]
    public void Distance_is_symmetric()
    {
        Assert.Equal(HullCentre.DistanceKmTo(Beverley), Beverley.DistanceKmTo(HullCentre), 9);
    }

    [Fact]
    public void Distance_to_itself_is_zero()
    {
        Assert.Equal(0, HullCentre.DistanceKmTo(HullCentre));
    }

    [Fact]
    public void Distance_of_one_degree_of_latitude_is_111_2_km()
    {
        Assert.Equal(111.195, new GeoPoint(10, 20).DistanceKmTo(new GeoPoint(11, 20)), 3);
    }

    [Theory]
    [InlineData(-90, -180)]
    [InlineData(90, 180)]
    [InlineData(0, 0)]
    public void Create_accepts_the_ends_of_the_ranges(double latitude, double longitude)
    {
        Assert.Equal(new GeoPoint(latitude, longitude), GeoPoint.Create(latitude, longitude, "near.point"));
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Latitude_out_of_range_names_the_field(double latitude)
    {
        var error = Assert.Throws<InvalidInputException>(() => GeoPoint.Create(latitude, 0, "near.point"));
        Assert.Equal("near.point.latitude", error.Field);
        Assert.Contains("near.point.latitude", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-180.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Longitude_out_of_range_names_the_field(double longitude)
    {
        var error = Assert.Throws<InvalidInputException>(() => GeoPoint.Create(0, longitude, "profile.home"));
        Assert.Equal("profile.home.longitude", error.Field);
    }
}
