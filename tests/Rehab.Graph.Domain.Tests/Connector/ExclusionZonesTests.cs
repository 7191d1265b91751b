using System.Text.Json;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class ExclusionZonesTests
{
    // GeoJSON positions are [longitude, latitude]: these rings are around Leeds (53.8 N, 1.55 W) and York (53.96 N, 1.08 W).
    private const string LeedsRing = "[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],[-1.60,53.75]]";
    private const string YorkRing = "[[-1.13,53.91],[-1.03,53.91],[-1.03,54.01],[-1.13,54.01],[-1.13,53.91]]";

    private static readonly GeoPoint Leeds = new(53.80, -1.55);
    private static readonly GeoPoint York = new(53.96, -1.08);
    private static readonly GeoPoint Harrogate = new(53.99, -1.54);

    [Fact]
    public void A_polygon_contains_a_point_inside_it()
    {
        var zones = Parse($$"""{"type":"Polygon","coordinates":[{{LeedsRing}}]}""");

        Assert.Equal(1, zones.Count);
        Assert.True(zones.Contains(Leeds));
    }

    [Fact]
    public void A_polygon_does_not_contain_a_point_outside_it()
    {
        var zones = Parse($$"""{"type":"Polygon","coordinates":[{{LeedsRing}}]}""");

        Assert.False(zones.Contains(York));
    }

    [Fact]
    public void Positions_are_read_as_longitude_then_latitude()
    {
        // Read the other way round, this zone would be in the Indian Ocean and would not hold Leeds.
        var zones = Parse($$"""{"type":"Polygon","coordinates":[{{LeedsRing}}]}""");

        Assert.True(zones.Contains(new GeoPoint(53.76, -1.59)));
        Assert.False(zones.Contains(new GeoPoint(-1.59, 53.76)));
    }

    [Fact]
    public void A_point_on_the_edge_of_a_zone_is_inside_it()
    {
        var zones = Parse($$"""{"type":"Polygon","coordinates":[{{LeedsRing}}]}""");

        Assert.True(zones.Contains(new GeoPoint(53.75, -1.55)));
    }

    [Fact]
    public void A_point_in_a_hole_is_outside_the_zone()
    {
        var hole = "[[-1.56,53.79],[-1.56,53.81],[-1.54,53.81],[-1.54,53.79],[-1.56,53.79]]";
        var zones = Parse($$"""{"type":"Polygon","coordinates":[{{LeedsRing}},{{hole}}]}""");

        Assert.False(zones.Contains(Leeds));
        Assert.True(zones.Contains(new GeoPoint(53.76, -1.59)));
    }

    [Fact]
    public void A_multipolygon_contains_points_in_each_of_its_polygons()
    {
        var zones = Parse($$"""{"type":"MultiPolygon","coordinates":[[{{LeedsRing}}],[{{YorkRing}}]]}""");

        Assert.Equal(2, zones.Count);
        Assert.True(zones.Contains(Leeds));
        Assert.True(zones.Contains(York));
        Assert.False(zones.Contains(Harrogate));
    }

    [Fact]
    public void A_feature_collection_of_polygons_contains_points_in_each()
    {
        var zones = Parse($$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Leeds"},"geometry":{"type":"Polygon","coordinates":[{{{LeedsRing}}}]}},
              {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[{{{YorkRing}}}]]}}
            ]}
            """);

        Assert.Equal(2, zones.Count);
        Assert.True(zones.Contains(Leeds));
        Assert.True(zones.Contains(York));
        Assert.False(zones.Contains(Harrogate));
    }

    [Fact]
    public void A_zone_is_described_by_its_name_or_its_place_in_the_list()
    {
        var zones = Parse($$$"""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Leeds city centre"},"geometry":{"type":"Polygon","coordinates":[{{{LeedsRing}}}]}},
              {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[{{{YorkRing}}}]]}}
            ]}
            """);

        Assert.Equal(2, zones.Zones);
        Assert.Equal("exclusion zone 'Leeds city centre'", zones.Describe(Leeds));
        Assert.Equal("exclusion zone 2 of 2", zones.Describe(York));
        Assert.Null(zones.Describe(Harrogate));
        Assert.Equal("exclusion zone 1 of 2", zones.WithoutNames().Describe(Leeds));
        Assert.Equal("their exclusion zone", Parse($$"""{"type":"MultiPolygon","coordinates":[[{{LeedsRing}}],[{{YorkRing}}]]}""").Describe(York));
    }

    [Fact]
    public void No_zones_contain_nothing()
    {
        Assert.Equal(0, ExclusionZones.None.Count);
        Assert.False(ExclusionZones.None.Contains(Leeds));
    }

    [Theory]
    // A point.
    [InlineData("""{"type":"Point","coordinates":[-1.55,53.8]}""", "not a Point")]
    // A line string.
    [InlineData("""{"type":"LineString","coordinates":[[-1.6,53.75],[-1.5,53.85]]}""", "not a LineString")]
    // An unclosed ring.
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85]]]}""", "a ring is not closed")]
    // An unclosed ring in a multipolygon.
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85]]]]}""", "a ring is not closed")]
    // A self-intersecting bow-tie.
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.85],[-1.50,53.75],[-1.60,53.85],[-1.60,53.75]]]}""", "the polygon is not valid")]
    // A longitude of 200.
    [InlineData("""{"type":"Polygon","coordinates":[[[190,53.75],[200,53.75],[200,53.85],[190,53.85],[190,53.75]]]}""", "out of range")]
    // A latitude of 95.
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.60,85],[-1.50,85],[-1.50,95],[-1.60,95],[-1.60,85]]]}""", "out of range")]
    // An object without a type.
    [InlineData("""{"coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],[-1.60,53.75]]]}""", "needs a 'type'")]
    // A polygon holding an empty ring.
    [InlineData("""{"type":"Polygon","coordinates":[[]]}""", "a ring needs at least four positions")]
    // A polygon whose positions are not numbers.
    [InlineData("""{"type":"Polygon","coordinates":[[["a",53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],["a",53.75]]]}""", "a position must be [longitude, latitude]")]
    // A ring of too few positions.
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.60,53.75]]]}""", "a ring needs at least four positions")]
    // A hole outside its shell.
    [InlineData("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],[-1.60,53.75]],[[5,5],[6,5],[6,6],[5,6],[5,5]]]}""", "the polygon is not valid")]
    // A single Feature rather than a FeatureCollection.
    [InlineData("""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],[-1.60,53.75]]]}}""", "not a Feature")]
    // A GeometryCollection.
    [InlineData("""{"type":"GeometryCollection","geometries":[]}""", "not a GeometryCollection")]
    // An unknown geometry type.
    [InlineData("""{"type":"Blob","coordinates":[]}""", "not a Blob")]
    // A feature collection holding a point.
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[-1.55,53.8]}}]}""", "not a Point")]
    // A feature collection with a feature lacking geometry.
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":null}]}""", "a feature has no geometry")]
    [InlineData("""{"type":"Polygon"}""", "a Polygon needs 'coordinates'")]
    [InlineData("""{"type":"Polygon","coordinates":[]}""", "a polygon has no rings")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[]}""", "it holds no polygon")]
    [InlineData("""{"type":"FeatureCollection"}""", "a FeatureCollection needs 'features'")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", "it holds no polygon")]
    [InlineData("""[]""", "a GeoJSON object is expected, not a JSON array")]
    [InlineData("""[1,2]""", "a GeoJSON object is expected, not a JSON array")]
    [InlineData("\"text\"", "a GeoJSON object is expected, not a JSON string")]
    [InlineData("""42""", "a GeoJSON object is expected, not a JSON number")]
    [InlineData("""null""", "a GeoJSON object is expected, not a JSON null")]
    // Members of the wrong kind.
    [InlineData("""{"type":"Polygon","coordinates":"x"}""", "the 'coordinates' of a Polygon must be an array, not a JSON string")]
    [InlineData("""{"type":"MultiPolygon","coordinates":[5]}""", "each polygon of a MultiPolygon must be a list of rings, not a JSON number")]
    [InlineData("""{"type":"FeatureCollection","features":3}""", "the 'features' of a FeatureCollection must be an array, not a JSON number")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Polygon","coordinates":[]}]}""", "each of a FeatureCollection's 'features' must be a GeoJSON Feature")]
    [InlineData("""{"type":"Polygon","coordinates":[[[1],[2,1],[2,2],[1]]]}""", "a position must be [longitude, latitude] in degrees, not [1]")]
    [InlineData("""{"type":"Polygon","coordinates":[[[1e400,1],[2,1],[2,2],[1e400,1]]]}""", "out of range")]
    public void An_unusable_zone_is_rejected_naming_the_field_and_saying_why_in_GeoJSON_terms(string geoJson, string why)
    {
        var error = Assert.Throws<InvalidInputException>(() => Parse(geoJson, "input.profile.exclusionZones"));

        Assert.Equal("input.profile.exclusionZones", error.Field);
        Assert.StartsWith("'input.profile.exclusionZones' is not a usable exclusion zone: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
        foreach (var internals in new[] { "NetTopologySuite", "System.", "Exception", "Path: $", "LineNumber", "Requested value", "Expected token" })
        {
            Assert.DoesNotContain(internals, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unclosed_ring_is_reported_as_unclosed()
    {
        var error = Assert.Throws<InvalidInputException>(
            () => Parse("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85]]]}"""));

        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_range_position_is_reported_as_out_of_range()
    {
        var error = Assert.Throws<InvalidInputException>(
            () => Parse("""{"type":"Polygon","coordinates":[[[190,53.75],[200,53.75],[200,53.85],[190,53.85],[190,53.75]]]}"""));

        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ring_closed_by_the_same_numbers_written_differently_is_closed()
    {
        var zones = Parse("""{"type":"Polygon","coordinates":[[[-1.60,53.75],[-1.50,53.75],[-1.50,53.85],[-1.60,53.85],[-1.6,53.750]]]}""");

        Assert.True(zones.Contains(Leeds));
    }

    private static ExclusionZones Parse(string geoJson, string field = "zones") =>
        ExclusionZones.Parse(JsonDocument.Parse(geoJson).RootElement, field);
}
