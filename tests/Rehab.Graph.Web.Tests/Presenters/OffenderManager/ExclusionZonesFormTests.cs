using System.Text.Json;
using Rehab.Graph.Web.Pages.People;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class ExclusionZonesFormTests
{
    private const string Square = """{"type":"Polygon","coordinates":[[[-0.34,53.74],[-0.33,53.74],[-0.33,53.75],[-0.34,53.75],[-0.34,53.74]]]}""";

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Fact]
    public void Pasted_GeoJSON_is_sent_as_it_is_and_nothing_pasted_clears_every_zone()
    {
        var (zones, version, errors) = new ExclusionZonesForm("3", $"  {Square}\n").Validate();
        var (none, _, _) = new ExclusionZonesForm("3", " ").Validate();

        Assert.False(errors.Any);
        Assert.Equal((3, "Polygon"), (version, zones!.Value.GetProperty("type").GetString()));
        Assert.Equal("""{"type":"FeatureCollection","features":[]}""", none!.Value.GetRawText());
    }

    [Theory]
    [InlineData("3", "{\"type\": \"Polygon\"", "The zones are not valid GeoJSON: check the text is copied whole, from { to }")]
    [InlineData("3", "[[-0.34, 53.74]]", "Paste GeoJSON: a Polygon, MultiPolygon, Feature or FeatureCollection, starting with {")]
    [InlineData("3", "\"Polygon\"", "Paste GeoJSON: a Polygon, MultiPolygon, Feature or FeatureCollection, starting with {")]
    [InlineData("", Square, "The form was missing the version you read: reload the page and paste the zones again")]
    [InlineData("-1", Square, "The form was missing the version you read: reload the page and paste the zones again")]
    public void What_is_not_GeoJSON_or_has_no_version_is_refused_beside_the_box(string version, string pasted, string error)
    {
        var (_, _, errors) = new ExclusionZonesForm(version, pasted).Validate();

        Assert.Equal(error, errors.For(ExclusionZonesForm.Field));
    }

    [Fact]
    public void Far_more_than_a_licence_needs_is_refused_before_it_is_sent()
    {
        var (zones, _, errors) = new ExclusionZonesForm("1", "{\"x\":\"" + new string('a', ExclusionZonesForm.MaxLength) + "\"}").Validate();

        Assert.Null(zones);
        Assert.Equal("The zones must be 200,000 characters or fewer", errors.For(ExclusionZonesForm.Field));
    }

    [Fact]
    public void Zones_are_counted_in_words()
    {
        Assert.Equal(("None", "1 zone", "3 zones"), (Words.Zones(0), Words.Zones(1), Words.Zones(3)));
    }

    [Fact]
    public void The_form_starts_with_the_zones_as_stored_indented_or_empty_for_none()
    {
        var stored = ExclusionZonesForm.From(Json(Square), 4);

        Assert.Equal("4", stored.Version);
        Assert.Contains("\n", stored.Zones, StringComparison.Ordinal);
        Assert.True(JsonElement.DeepEquals(Json(Square), Json(stored.Zones!)));
        Assert.Null(ExclusionZonesForm.From(null, 0).Zones);
    }
}
