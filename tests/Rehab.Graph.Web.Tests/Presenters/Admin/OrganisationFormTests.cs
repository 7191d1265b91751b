using Rehab.Graph.Web.Pages.Admin;

namespace Rehab.Graph.Web.Tests.Presenters.Admin;

public sealed class OrganisationFormTests
{
    [Fact]
    public void The_stored_place_in_the_hidden_fields_goes_back_to_the_hub_unchanged()
    {
        var (input, _) = new OrganisationForm { Name = "Hull Food Bank", Kind = "VCSE", Latitude = "53.7446", Longitude = "-0.3352" }.Validate(null);

        Assert.Equal((53.7446, -0.3352), (input!.Location!.Latitude, input.Location.Longitude));
    }

    [Theory]
    [InlineData("NaN", "-0.3352")]
    [InlineData("53.7446", "Infinity")]
    [InlineData("-Infinity", "NaN")]
    [InlineData("1e999", "-0.3352")]
    public void A_crafted_place_that_is_not_a_finite_number_is_dropped_rather_than_sent(string latitude, string longitude)
    {
        var (input, errors) = new OrganisationForm { Name = "Hull Food Bank", Kind = "VCSE", Latitude = latitude, Longitude = longitude }.Validate(null);

        Assert.False(errors.Any);
        Assert.Null(input!.Location);
    }
}
