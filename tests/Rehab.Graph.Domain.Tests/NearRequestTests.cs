using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Tests;

public sealed class NearRequestTests
{
    private static readonly Place OrchardPark = new("Orchard Park", "AREA", new GeoPoint(53.7876, -0.3928));
    private static readonly Place Hu5 = new("HU5", "POSTCODE_DISTRICT", new GeoPoint(53.7590, -0.3690));
    private static readonly InMemoryGazetteer Gazetteer = new([OrchardPark, Hu5]);

    [Fact]
    public void A_point_resolves_to_itself_with_the_radius()
    {
        var query = new NearRequest(new GeoPoint(53.74, -0.33), null, 5).Resolve(Gazetteer);

        Assert.Equal(new NearQuery(new GeoPoint(53.74, -0.33), 5), query);
    }

    [Theory]
    [InlineData("Orchard Park")]
    [InlineData("orchard park")]
    [InlineData("Orchard-Park")]
    [InlineData("  ORCHARDPARK ")]
    public void A_place_is_found_ignoring_case_spaces_and_hyphens(string place)
    {
        var query = new NearRequest(null, place, 3).Resolve(Gazetteer);

        Assert.Equal(OrchardPark.Location, query.Centre);
        Assert.Equal(3, query.RadiusKm);
    }

    [Fact]
    public void A_postcode_district_is_found_in_lower_case()
    {
        Assert.Equal(Hu5.Location, new NearRequest(null, "hu5", 3).Resolve(Gazetteer).Centre);
    }

    [Fact]
    public void Neither_point_nor_place_names_the_argument()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(null, null, 5).Resolve(Gazetteer));
        Assert.Equal("near", error.Field);
    }

    [Fact]
    public void A_blank_place_counts_as_no_place()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(null, "  ", 5).Resolve(Gazetteer));
        Assert.Equal("near", error.Field);
    }

    [Fact]
    public void Both_point_and_place_names_the_argument()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(new GeoPoint(53.74, -0.33), "HU5", 5).Resolve(Gazetteer));
        Assert.Equal("near", error.Field);
    }

    [Fact]
    public void Unknown_place_names_the_place_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(null, "Atlantis", 5).Resolve(Gazetteer));
        Assert.Equal("near.place", error.Field);
        Assert.Contains("Atlantis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_are_named_under_the_given_argument()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(null, "Atlantis", 5).Resolve(Gazetteer, "input.near"));
        Assert.Equal("input.near.place", error.Field);
    }

    [Fact]
    public void Bad_radius_names_the_radius_field()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(null, "HU5", 0).Resolve(Gazetteer));
        Assert.Equal("near.radiusKm", error.Field);
    }

    [Fact]
    public void Point_out_of_range_names_the_coordinate()
    {
        var error = Assert.Throws<InvalidInputException>(() => new NearRequest(new GeoPoint(95, 0), null, 5).Resolve(Gazetteer));
        Assert.Equal("near.point.latitude", error.Field);
    }
}
