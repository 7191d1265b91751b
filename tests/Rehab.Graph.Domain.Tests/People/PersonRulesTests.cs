using System.Text.Json;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.People;

namespace Rehab.Graph.Domain.Tests.People;

public sealed class PersonRulesTests
{
    private static readonly GeoPoint Home = new(53.74, -0.33);

    [Fact]
    public void A_new_homes_district_is_upper_case_and_a_district_alone_is_refused()
    {
        var moved = PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, null, Home, " hu3 "));

        Assert.Equal("HU3", moved.PostcodeDistrict);
        Assert.Equal(["home"], moved.Parts);
        Assert.Equal("input.postcodeDistrict", Assert.Throws<InvalidInputException>(() => PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, null, null, "HU3"))).Field);
    }

    [Fact]
    public void An_empty_feature_collection_clears_the_zones_and_a_zone_is_kept_as_given()
    {
        var empty = JsonDocument.Parse("""{"type": "FeatureCollection", "features": []}""").RootElement;
        var square = JsonDocument.Parse("""{"type": "Polygon", "coordinates": [[[-0.34, 53.73], [-0.32, 53.73], [-0.32, 53.75], [-0.34, 53.75], [-0.34, 53.73]]]}""").RootElement;

        Assert.Equal("", PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, empty, null, null)).ExclusionZones);
        Assert.Equal(square.GetRawText(), PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, square, null, null)).ExclusionZones);
    }

    [Fact]
    public void The_communities_a_person_wants_are_a_part_of_their_record_that_an_update_can_change_or_clear()
    {
        var wants = PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, null, null, null, ByAndFor: ["WOMEN", "LGBTQ_PLUS"]));
        var clears = PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, null, null, null, ByAndFor: []));

        Assert.Equal(["LGBTQ_PLUS", "WOMEN"], wants.ByAndFor);
        Assert.Equal(["byAndFor"], wants.Parts);
        Assert.Empty(clears.ByAndFor!);
        Assert.Equal(["byAndFor"], clears.Parts);
        Assert.Null(PersonRules.Validate(new PersonUpdate("per-1", 0, null, ["COOKING"], null, null, null, null)).ByAndFor);
        Assert.Equal("input.byAndFor", Assert.Throws<InvalidInputException>(() => PersonRules.Validate(new PersonUpdate("per-1", 0, null, null, null, null, null, null, ByAndFor: ["MEN"]))).Field);
    }
}
