using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Directory;

namespace Rehab.Graph.Web.Tests.Presenters;

public sealed class DirectoryFormTests
{
    private static DirectoryForm Form(string? place = null, string? radius = null, string? need = null, bool womenOnly = false, string? after = null, string? trail = null, string? byAndFor = null) =>
        new(place, radius, need, byAndFor, womenOnly, CursorTrail.Of(after, trail));

    [Fact]
    public void An_empty_search_lists_every_service_by_name_a_page_at_a_time()
    {
        var (variables, errors) = Form().Validate();

        Assert.Empty(errors);
        Assert.NotNull(variables);
        Assert.Null(variables.Near);
        Assert.Null(variables.Where);
        Assert.Equal(DirectoryForm.PageSize, variables.First);
        Assert.Null(variables.After);
    }

    [Fact]
    public void A_place_searches_near_it_within_the_chosen_distance_or_5_km()
    {
        var (chosen, _) = Form(place: "  Orchard Park ", radius: "3").Validate();
        var (unchosen, _) = Form(place: "HU5").Validate();

        Assert.Equal("Orchard Park", chosen!.Near!.Place);
        Assert.Equal(3, chosen.Near.RadiusKm);
        Assert.Equal(5, unchosen!.Near!.RadiusKm);
    }

    [Fact]
    public void A_need_and_women_only_become_the_hubs_filter_and_the_cursor_its_after()
    {
        var (variables, _) = Form(need: "ACCOMMODATION", womenOnly: true, after: "cmc6OQ==").Validate();

        Assert.Equal(["ACCOMMODATION"], variables!.Where!.Needs!);
        Assert.True(variables.Where.WomenOnly);
        Assert.Equal("cmc6OQ==", variables.After);
    }

    [Fact]
    public void A_community_becomes_the_hubs_by_and_for_filter_and_one_not_on_the_list_is_an_error_beside_it()
    {
        var (women, _) = Form(byAndFor: " WOMEN ").Validate();
        var (refused, errors) = Form(byAndFor: "EVERYONE").Validate();

        Assert.Equal(["WOMEN"], women!.Where!.ByAndFor!);
        Assert.Null(women.Where.Needs);
        Assert.Null(refused);
        Assert.Equal("Choose a community from the list", errors["byAndFor"]);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("five")]
    [InlineData("300")]
    public void A_distance_that_is_not_on_the_list_is_an_error_beside_it(string radius)
    {
        var (variables, errors) = Form(place: "Hull", radius: radius).Validate();

        Assert.Null(variables);
        Assert.Equal("Choose a distance from the list", errors[DirectoryForm.Fields.Radius]);
    }

    [Fact]
    public void A_place_longer_than_100_characters_is_an_error_beside_it()
    {
        var (variables, errors) = Form(place: new string('a', 101)).Validate();

        Assert.Null(variables);
        Assert.Equal("Place must be 100 characters or fewer", errors[DirectoryForm.Fields.Place]);
    }

    [Theory]
    [InlineData("near.place", "place")]
    [InlineData("near", "place")]
    [InlineData("near.radiusKm", "radius")]
    [InlineData("where.needs", "need")]
    [InlineData("where.byAndFor", "byAndFor")]
    [InlineData("first", null)]
    [InlineData(null, null)]
    public void The_hubs_refused_input_is_shown_beside_the_field_it_came_from(string? hubField, string? formField) =>
        Assert.Equal(formField, DirectoryForm.FieldOf(hubField));

    [Fact]
    public void A_refused_place_is_explained_in_the_pages_words_and_anything_else_in_the_hubs()
    {
        var form = Form(place: "Nowhere");

        Assert.Equal("No place in the region is called 'Nowhere'. Enter a place or postcode district, like Orchard Park or HU5", form.RefusalMessage("place", "Unknown place 'Nowhere' in 'near.place'."));
        Assert.Equal("The hub's own words", form.RefusalMessage(null, "The hub's own words"));
    }
}
