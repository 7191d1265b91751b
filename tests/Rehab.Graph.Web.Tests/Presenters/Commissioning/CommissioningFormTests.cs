using Rehab.Graph.Web.Pages.Commissioning;

namespace Rehab.Graph.Web.Tests.Presenters.Commissioning;

public sealed class CommissioningFormTests
{
    [Fact]
    public void Districts_are_read_in_capitals_each_once_and_an_empty_form_counts_everything_around_the_city_centre()
    {
        var (variables, errors) = new CommissioningForm(" hu3, HU5;hu3 ", ["DRUGS", "", "DRUGS"], null, null).Validate();
        var (everything, _) = new CommissioningForm(null, [], null, null).Validate();

        Assert.Empty(errors);
        Assert.Equal(["HU3", "HU5"], variables!.Areas);
        Assert.Equal(["DRUGS"], variables.Needs);
        Assert.Null(everything!.Areas);
        Assert.Null(everything.Needs);
        Assert.Equal(("City Centre", 5.0), (everything.Near.Place, everything.Near.RadiusKm));
    }

    [Theory]
    [InlineData("Hessle", null, null, "areas")]
    [InlineData("HU3; DROP", null, null, "areas")]
    [InlineData(null, null, "7", "radius")]
    [InlineData(null, null, "-5", "radius")]
    [InlineData(null, null, "99999999999999999999", "radius")]
    public void What_is_not_a_district_or_a_listed_distance_is_refused_beside_its_field_before_asking_the_hub(string? areas, string? place, string? radius, string field)
    {
        var (variables, errors) = new CommissioningForm(areas, [], place, radius).Validate();

        Assert.Null(variables);
        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Too_many_districts_or_too_long_a_place_is_refused()
    {
        var many = string.Join(' ', Enumerable.Range(1, 31).Select(i => $"HU{i}"));

        Assert.Contains("areas", new CommissioningForm(many, [], null, null).Validate().Errors.Keys);
        Assert.Contains("place", new CommissioningForm(null, [], new string('x', 101), null).Validate().Errors.Keys);
        Assert.Contains("needs", new CommissioningForm(null, [new string('x', 51)], null, null).Validate().Errors.Keys);
    }

    [Fact]
    public void A_community_asks_for_its_figures_only_and_none_or_all_services_asks_for_everything()
    {
        var (women, errors) = new CommissioningForm(null, [], null, null, " WOMEN ").Validate();
        var (all, _) = new CommissioningForm(null, [], null, null, "").Validate();

        Assert.Empty(errors);
        Assert.Equal("WOMEN", women!.ByAndFor);
        Assert.Null(all!.ByAndFor);
    }

    [Theory]
    [InlineData("EVERYONE")]
    [InlineData("women")]
    public void A_community_not_on_the_list_is_refused_beside_its_select_before_asking_the_hub(string code)
    {
        var (variables, errors) = new CommissioningForm(null, [], null, null, code).Validate();

        Assert.Null(variables);
        Assert.Equal("Choose a community from the list", errors["byAndFor"]);
    }

    [Theory]
    [InlineData("areas", "areas")]
    [InlineData("needs", "needs")]
    [InlineData("near.place", "place")]
    [InlineData("near", "place")]
    [InlineData("near.radiusKm", "radius")]
    [InlineData("byAndFor", "byAndFor")]
    [InlineData("something", null)]
    public void The_hubs_refusal_is_shown_beside_the_field_it_names(string hubField, string? field) =>
        Assert.Equal(field, CommissioningForm.FieldOf(hubField));
}
