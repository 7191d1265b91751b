using Rehab.Graph.Web.Pages.Evaluation;

namespace Rehab.Graph.Web.Tests.Presenters.Evaluation;

public sealed class EvaluationFormTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static readonly DateParts Empty = new(null, null, null);

    [Fact]
    public void Left_empty_it_asks_for_every_district_over_the_last_12_months_up_to_today()
    {
        var (variables, errors) = new EvaluationForm(null, Empty, Empty).Validate(Today);

        Assert.Empty(errors);
        Assert.Null(variables!.Areas);
        Assert.Equal((new DateOnly(2025, 12, 7), Today), (variables.From, variables.To));
    }

    [Fact]
    public void Districts_and_dates_are_read_as_typed_districts_in_capitals_once_each()
    {
        var (variables, errors) = new EvaluationForm("hu3, HU5 hu3", new(" 1", "4", "2026"), new("31", "03", "2027")).Validate(Today);

        Assert.Empty(errors);
        Assert.Equal(["HU3", "HU5"], variables!.Areas!);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), (variables.From, variables.To));
    }

    [Theory]
    [InlineData("31", "2", "2026")]
    [InlineData("1", "13", "2026")]
    [InlineData("1", "", "2026")]
    [InlineData("x", "1", "2026")]
    [InlineData("1", "1", "26")]
    public void A_date_that_is_not_a_real_date_is_an_error_beside_it_and_nothing_is_asked(string day, string month, string year)
    {
        var (variables, errors) = new EvaluationForm(null, new(day, month, year), Empty).Validate(Today);

        Assert.Null(variables);
        Assert.Equal("The start date must be a real date, like 1 4 2026", Assert.Single(errors, e => e.Key == EvaluationForm.Fields.From).Value);
    }

    [Fact]
    public void A_district_that_cannot_be_one_is_refused_before_the_hub_is_asked()
    {
        var (variables, errors) = new EvaluationForm("HU3 =cmd", Empty, Empty).Validate(Today);

        Assert.Null(variables);
        Assert.Contains("'=CMD' is not a postcode district", errors[EvaluationForm.Fields.Areas]);
    }

    [Fact]
    public void The_hubs_refusals_land_on_the_forms_fields_in_the_pages_words()
    {
        var backwards = new EvaluationForm(null, new("1", "2", "2026"), new("1", "1", "2026"));
        var tooLong = new EvaluationForm(null, new("1", "1", "2020"), new("1", "1", "2026"));

        Assert.Equal((EvaluationForm.Fields.Areas, EvaluationForm.Fields.To, EvaluationForm.Fields.From), (EvaluationForm.FieldOf("areas"), EvaluationForm.FieldOf("to"), EvaluationForm.FieldOf("from")));
        Assert.Null(EvaluationForm.FieldOf("somethingElse"));
        Assert.Equal("The end date must be the same as or after the start date", backwards.RefusalMessage(EvaluationForm.Fields.To, "hub words", Today));
        Assert.Equal("The period must be 3 years or shorter", tooLong.RefusalMessage(EvaluationForm.Fields.To, "hub words", Today));
        Assert.Equal("hub words", tooLong.RefusalMessage(null, "hub words", Today));
    }
}
