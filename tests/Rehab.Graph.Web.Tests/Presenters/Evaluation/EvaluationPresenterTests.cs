using Rehab.Graph.Web.Pages.Commissioning;
using Rehab.Graph.Web.Pages.Evaluation;
using static Rehab.Graph.Web.Tests.Presenters.Evaluation.EvaluationSamples;

namespace Rehab.Graph.Web.Tests.Presenters.Evaluation;

public sealed class EvaluationPresenterTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static readonly Dictionary<string, string> NoErrors = new();

    private static EvaluationForm Form(string? areas = null) => new(areas, new("1", "1", "2026"), new("31", "12", "2026"));

    [Fact]
    public void Withheld_figures_show_the_marker_never_zero_and_a_counted_zero_stays_zero()
    {
        var presenter = new EvaluationPresenter(Form(), Today, [District("HU3", plans: null, goalsMet: null, hours: null)], NoErrors);

        var row = Assert.Single(presenter.Rows);
        Assert.Equal(new CountCell("Withheld", true), row.PeopleWithPlans);
        Assert.Equal(new CountCell("Withheld", true), row.GoalsMet);
        Assert.Equal(new CountCell("Withheld", true), row.HoursDone);
        Assert.Equal(new CountCell("0", false), row.ReferralsCompleted);
        Assert.Equal(new CountCell("11", false), row.ReferralsMade);
        var socialCapital = Assert.Single(presenter.SocialCapitalRows);
        Assert.All([socialCapital.People, socialCapital.Bonding, socialCapital.Bridging, socialCapital.Linking], c => Assert.Equal(new CountCell("Withheld", true), c));
    }

    [Fact]
    public void Districts_come_in_postcode_order_and_social_capital_changes_are_signed()
    {
        var presenter = new EvaluationPresenter(Form(), Today,
        [
            District("HU10", socialCapital: (8, 0.5, -0.25, 0)),
            District("HU2", hours: 1234.56, socialCapital: (6, 1.125, 0, -2)),
        ], NoErrors);

        Assert.Equal(["HU2", "HU10"], presenter.Rows.Select(r => r.Area));
        Assert.Equal("1,234.6", presenter.Rows[0].HoursDone.Text);
        Assert.Equal(
            [new SocialCapitalRow("HU2", new("6", false), new("+1.13", false), new("0", false), new("-2", false)), new SocialCapitalRow("HU10", new("8", false), new("+0.5", false), new("-0.25", false), new("0", false))],
            presenter.SocialCapitalRows);
    }

    [Theory]
    [InlineData(0L, "£0.00")]
    [InlineData(5L, "£0.05")]
    [InlineData(123456L, "£1,234.56")]
    [InlineData(100000000L, "£1,000,000.00")]
    public void Pence_are_shown_as_pounds(long pence, string shown) => Assert.Equal(shown, EvaluationPresenter.Pounds(pence));

    [Fact]
    public void Fund_spent_is_a_row_per_district_and_need_with_withheld_sums_marked()
    {
        var presenter = new EvaluationPresenter(Form(), Today,
        [
            District("HU5", spends: [("EMPLOYMENT", "Employment", 250075, 6), ("ACCOMMODATION", "Accommodation", null, null)]),
            District("HU3"),
        ], NoErrors);

        Assert.Equal(
            [
                new FundSpentRow("HU5", "Accommodation", new("Withheld", true), new("Withheld", true)),
                new FundSpentRow("HU5", "Employment", new("£2,500.75", false), new("6", false)),
            ],
            presenter.FundRows);
    }

    [Fact]
    public void The_csv_link_carries_the_same_query_with_the_dates_the_page_used()
    {
        var presenter = new EvaluationPresenter(new EvaluationForm("HU3 HU5", new(null, null, null), new("31", "12", "2026")), Today, [], NoErrors);

        Assert.Equal("/evaluation.csv?areas=HU3%20HU5&from-day=7&from-month=12&from-year=2025&to-day=31&to-month=12&to-year=2026", presenter.CsvHref);
        Assert.Equal("7 December 2025 to 31 December 2026, HU3, HU5", presenter.Caption);
        Assert.Equal(new DateParts("7", "12", "2025"), presenter.FromValue);
    }

    [Fact]
    public void Errors_are_summarised_in_the_forms_order_each_linking_to_its_field_and_no_results_show()
    {
        var presenter = new EvaluationPresenter(Form(), Today, null, new Dictionary<string, string> { ["to"] = "The end date must be the same as or after the start date", ["areas"] = "Enter districts" });

        Assert.True(presenter.HasErrors);
        Assert.False(presenter.HasResults);
        Assert.Equal(["#areas", "#to"], presenter.ErrorSummary.Select(e => e.Href));
    }
}
