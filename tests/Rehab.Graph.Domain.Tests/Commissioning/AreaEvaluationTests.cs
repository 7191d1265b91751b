using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Tests.Commissioning;

public sealed class AreaEvaluationTests
{
    private static readonly EvaluationPeriod Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly NeedRef Housing = new("ACCOMMODATION", "Accommodation");
    private static readonly NeedRef Work = new("EDUCATION_TRAINING_EMPLOYMENT", "Education, training and employment");
    private static readonly DateTimeOffset March = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_or_more_people_behind_a_figure_show_it()
    {
        var people = Enumerable.Range(0, 5).Select(i => Active(goals: 1, made: 2, completed: 1, hours: 2.5, spend: 100, snapshots: [(0, 1, 2), (1, 2, 2)])).ToList();

        var area = AreaEvaluation.Of("HU3", Year, people);

        Assert.Equal((5, 5, 5, 5, 10, 5, 12.5), (area.PeopleWithPlans, area.PeopleWithGoalsMet, area.GoalsMet, area.PeopleReferred, area.ReferralsMade, area.ReferralsCompleted, area.HoursDone));
        Assert.Equal([new NeedSpend(Housing, 500, 5)], area.FundSpent);
        Assert.Equal(new SocialCapitalChange(5, 1, 1, 0), area.SocialCapital);
    }

    [Fact]
    public void A_figure_resting_on_one_to_four_people_is_withheld_even_when_it_is_large()
    {
        var people = Enumerable.Range(0, 4).Select(_ => Active(goals: 3, made: 5, completed: 5, hours: 40, spend: 90_000, snapshots: [(0, 0, 0), (2, 2, 2)]))
            .Concat(Enumerable.Range(0, 6).Select(_ => Active(goals: 0, made: 0, completed: 0, hours: 0, spend: 0, snapshots: [])))
            .ToList();

        var area = AreaEvaluation.Of("HU3", Year, people);

        Assert.Equal(10, area.PeopleWithPlans);
        Assert.Equal((null, null, null, null, null, null), (area.PeopleWithGoalsMet, area.GoalsMet, area.PeopleReferred, area.ReferralsMade, area.ReferralsCompleted, (int?)null));
        Assert.Null(area.HoursDone);
        Assert.Equal([new NeedSpend(Housing, null, null)], area.FundSpent);
        Assert.Equal(new SocialCapitalChange(null, null, null, null), area.SocialCapital);
    }

    [Fact]
    public void Nothing_done_is_shown_as_nothing_not_withheld()
    {
        var area = AreaEvaluation.Of("HU3", Year, [.. Enumerable.Range(0, 7).Select(_ => Active(0, 0, 0, 0, 0, []))]);

        Assert.Equal((7, 0, 0, 0, 0, 0), (area.PeopleWithPlans, area.PeopleWithGoalsMet, area.GoalsMet, area.PeopleReferred, area.ReferralsMade, area.ReferralsCompleted));
        Assert.Empty(area.FundSpent);
        Assert.Equal(new SocialCapitalChange(0, null, null, null), area.SocialCapital);
    }

    [Fact]
    public void A_spend_on_a_goal_of_two_needs_counts_for_each_need()
    {
        var people = Enumerable.Range(0, 5).Select(_ => Active(0, 0, 0, 0, 0, []) with { Spends = [new PersonSpend(200, [Housing, Work])] }).ToList();

        var area = AreaEvaluation.Of("HU3", Year, people);

        Assert.Equal([new NeedSpend(Housing, 1000, 5), new NeedSpend(Work, 1000, 5)], area.FundSpent);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-01-31")]
    [InlineData("2020-01-01", "2026-01-01")]
    public void A_period_backwards_or_longer_than_three_years_is_refused_naming_to(string from, string to)
    {
        var error = Assert.Throws<InvalidInputException>(() => EvaluationPeriod.Validate(DateOnly.Parse(from), DateOnly.Parse(to)));

        Assert.Equal("to", error.Field);
    }

    [Fact]
    public void A_period_covers_whole_days_with_its_last_day_included()
    {
        var period = EvaluationPeriod.Validate(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), period.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), period.End);
    }

    private static PersonActivity Active(int goals, int made, int completed, double hours, int spend, (int Bonding, int Bridging, int Linking)[] snapshots) => new(
        "HU3", HasPlan: true, goals, made, completed, hours,
        spend > 0 ? [new PersonSpend(spend, [Housing])] : [],
        [.. snapshots.Select((s, i) => new SnapshotCounts(March.AddDays(i * 30), s.Bonding, s.Bridging, s.Linking))]);
}
