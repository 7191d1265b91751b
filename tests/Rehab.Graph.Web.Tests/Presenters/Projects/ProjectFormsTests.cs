using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Projects;

namespace Rehab.Graph.Web.Tests.Presenters.Projects;

public sealed class ProjectFormsTests
{
    [Theory]
    [InlineData("12.50", 1250)]
    [InlineData("£0.29", 29)]
    [InlineData("£1,200", 120000)]
    [InlineData(" 5000 ", 500000)]
    [InlineData("0.01", 1)]
    public void Pounds_as_typed_are_exact_pence(string typed, int pence)
    {
        var errors = new FieldErrors();

        Assert.Equal(pence, ProjectForms.Pence(typed, errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("", "Enter the amount in pounds, for example 12.50")]
    [InlineData("12.505", "Enter the amount in pounds and pence, for example 12.50")]
    [InlineData("-3", "Enter the amount in pounds and pence, for example 12.50")]
    [InlineData("ten", "Enter the amount in pounds and pence, for example 12.50")]
    [InlineData("0", "The amount must be between £0.01 and £5,000")]
    [InlineData("5000.01", "The amount must be between £0.01 and £5,000")]
    public void Amounts_the_hub_would_refuse_are_refused_beside_the_amount(string typed, string message)
    {
        var errors = new FieldErrors();

        Assert.Null(ProjectForms.Pence(typed, errors));
        Assert.Equal(message, errors.For(ProjectForms.Fields.Amount));
    }

    [Fact]
    public void A_project_the_person_starts_meets_at_the_place_they_chose_and_serves_the_needs_they_ticked()
    {
        var place = ProjectChoices.Places.First(p => p.Name == "Orchard Park");
        var form = new StartProjectForm { Title = " Walk and talk ", Kind = "GROUP", Needs = ["MENTAL_HEALTH"], Place = "Orchard Park" };

        var (input, errors) = form.Validate();

        Assert.False(errors.Any);
        Assert.Equal(("Walk and talk", ProjectKind.Group, place.Latitude, place.Longitude), (input!.Title, input.Kind, input.Location.Latitude, input.Location.Longitude));
        Assert.Equal(["MENTAL_HEALTH"], input.Needs);
        Assert.Equal(StartProjectForm.Fields.Place, StartProjectForm.FieldOf("input.location.latitude"));
    }
}
