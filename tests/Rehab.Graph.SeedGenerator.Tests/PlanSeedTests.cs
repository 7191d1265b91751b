using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.SeedGenerator.Tests;

/// <summary>The demo region's plans and funds: what they hold, and the rules every one of them keeps.</summary>
public sealed class PlanSeedTests
{
    private static readonly Dataset Demo = Dataset.Generate(DatasetSize.Demo, DatasetSize.Demo.Seed, TextWriter.Null);
    private static readonly DateTimeOffset Reference = PlanValidator.Cutoff;

    [Fact]
    public void The_same_seed_gives_the_same_plans_and_funds()
    {
        var again = Dataset.Generate(DatasetSize.Demo, DatasetSize.Demo.Seed, TextWriter.Null);

        Assert.Equal(Json(Demo.Plans), Json(again.Plans));
        Assert.Equal(Json(Demo.Funds), Json(again.Funds));
    }

    [Fact]
    public void A_quarter_of_the_people_have_a_plan_with_goals_of_every_status_and_the_readme_people_have_none()
    {
        var goals = Demo.Plans.SelectMany(p => p.Goals).ToList();

        Assert.Equal(Demo.People.Count / 4, Demo.Plans.Count);
        Assert.All(Demo.Plans, p => Assert.InRange(p.Goals.Count, 1, 3));
        Assert.Equal(1, goals.Count(g => g.Status == GoalStatus.Dropped));
        Assert.InRange(goals.Count(g => g.Status == GoalStatus.Proposed), 1, goals.Count / 5);
        Assert.InRange(goals.Count(g => g.Status == GoalStatus.Achieved), 1, goals.Count / 3);
        Assert.True(goals.Count(g => g.Status == GoalStatus.Active) > goals.Count / 2, "most goals are active");
        Assert.All(goals.Where(g => g.Status == GoalStatus.Proposed), g => Assert.Equal("PERSON", g.ProposedBy));
        Assert.True(goals.Select(g => g.Text).Distinct().Count() > goals.Count / 2, "goals are in varied words");
        Assert.Contains(Demo.Plans.SelectMany(p => p.Goals).SelectMany(g => g.Steps), s => s.Comments.Any(c => c.AuthorRole == "PERSON"));
        Assert.Contains(Demo.Plans.SelectMany(p => p.Goals).SelectMany(g => g.Steps), s => s.Comments.Any(c => c.AuthorRole == "OFFENDER_MANAGER"));
        Assert.DoesNotContain(Demo.Plans, p => p.PersonId is "per-0001" or "per-0002" or "per-0014" or "per-0033" or "per-0049");
        Assert.DoesNotContain(Demo.Funds, f => f.PersonId is "per-0001" or "per-0002");
    }

    [Fact]
    public void The_showcase_has_three_goals_four_or_more_reviews_and_a_fund_her_womens_centre_holds_with_a_refund()
    {
        var plan = Demo.Plans.Single(p => p.PersonId == "per-0095");
        var fund = Demo.Funds.Single(f => f.PersonId == "per-0095");

        Assert.Equal([GoalStatus.Active, GoalStatus.Achieved, GoalStatus.Proposed], plan.Goals.Select(g => g.Status));
        Assert.True(plan.Reviews.Count >= 4);
        Assert.Equal((FundHolderKind.Organisation, "org-0014"), (fund.HolderKind, fund.Holder));
        Assert.Contains(fund.Entries, e => e.Kind == FundEntryKind.Refund);
        Assert.Contains(Demo.Funds, f => f.HolderKind == FundHolderKind.OffenderManager);
    }

    [Fact]
    public void Every_funds_balance_is_the_sum_of_its_entries_and_never_below_zero_in_their_order()
    {
        Assert.NotEmpty(Demo.Funds);
        foreach (var fund in Demo.Funds)
        {
            var balance = 0;
            foreach (var entry in fund.Entries)
            {
                Assert.InRange(entry.AmountPence, 1, FundRules.MaxEntryPence);
                balance += entry.Kind == FundEntryKind.Spend ? -entry.AmountPence : entry.AmountPence;
                Assert.True(balance >= 0, $"{entry.Id} takes {fund.Id} to {balance} pence");
            }

            Assert.Equal(balance, fund.BalancePence);
            Assert.Equal(fund.Entries.Count, fund.Version);
            Assert.Equal(Enumerable.Range(1, fund.Entries.Count), fund.Entries.Select(e => e.Seq));
        }
    }

    [Fact]
    public void Every_spend_is_for_a_goal_of_the_persons_plan_that_was_active_when_it_was_spent()
    {
        var goals = Demo.Plans.SelectMany(p => p.Goals.Select(g => (p.PersonId, Goal: g))).ToDictionary(g => g.Goal.Id);
        var spends = Demo.Funds.SelectMany(f => f.Entries.Where(e => e.Kind == FundEntryKind.Spend).Select(e => (f.PersonId, Entry: e))).ToList();

        Assert.NotEmpty(spends);
        Assert.All(spends, spend =>
        {
            var (personId, goal) = goals[spend.Entry.GoalId!];
            Assert.Equal(spend.PersonId, personId);
            Assert.Contains(goal.Status, new[] { GoalStatus.Active, GoalStatus.Achieved });
            Assert.True(spend.Entry.At > PlanValidator.ActiveFrom(goal) && (goal.Status == GoalStatus.Active || spend.Entry.At < goal.UpdatedAt), $"{spend.Entry.Id} is outside {goal.Id}'s active months");
        });
    }

    [Fact]
    public void Social_capital_at_each_review_counts_the_ties_of_that_day_grows_only_and_ends_at_todays_count()
    {
        var ties = PersonTies.Of(Demo);
        Assert.Contains(Demo.Plans, p => p.Reviews.Count > 1 && p.Reviews[^1].SocialCapital != p.Reviews[0].SocialCapital);
        foreach (var plan in Demo.Plans)
        {
            var person = ties[plan.PersonId];
            var formed = person.Formed(plan);
            Assert.NotEmpty(plan.Reviews);
            Assert.Equal(plan.Reviews.Select(r => person.CountAt(r.At, formed)), plan.Reviews.Select(r => r.SocialCapital));
            Assert.Equal(person.CountNow(), plan.Reviews[^1].SocialCapital);
            foreach (var (earlier, later) in plan.Reviews.Zip(plan.Reviews.Skip(1)))
            {
                Assert.True(later.At - earlier.At >= TimeSpan.FromDays(27) && later.At - earlier.At <= TimeSpan.FromDays(58), $"{later.Id} is not 4 to 8 weeks after {earlier.Id}");
                Assert.True(
                    later.SocialCapital.Bonding >= earlier.SocialCapital.Bonding && later.SocialCapital.Bridging >= earlier.SocialCapital.Bridging
                    && later.SocialCapital.Linking >= earlier.SocialCapital.Linking,
                    $"{later.Id} counts fewer ties than {earlier.Id}");
            }
        }
    }

    [Fact]
    public void Everything_happened_before_the_reference_date_and_steps_still_to_do_are_due_after_it()
    {
        var times = Demo.Plans.SelectMany(p => new[] { p.CreatedAt, p.UpdatedAt }
                .Concat(p.Reviews.Select(r => r.At))
                .Concat(p.Goals.SelectMany(g => new[] { g.CreatedAt, g.UpdatedAt ?? g.CreatedAt }))
                .Concat(p.Goals.SelectMany(g => g.Steps).SelectMany(s => s.Comments.Select(c => c.At).Append(s.CreatedAt).Append(s.UpdatedAt ?? s.CreatedAt))))
            .Concat(Demo.Funds.SelectMany(f => f.Entries.Select(e => e.At)))
            .ToList();
        var agreed = Demo.Plans.SelectMany(p => p.Goals).SelectMany(g => g.Steps).Where(s => s.Status == PlanStepStatus.Agreed && s.DueBy is not null).ToList();

        Assert.All(times, at => Assert.True(at < Reference, $"{at:O} is not before {Reference:O}"));
        Assert.True(times.Min() >= Reference.AddMonths(-7), "plans span about the last six months");
        Assert.All(agreed, s => Assert.True(s.DueBy > Eligibility.ReferenceDate, $"{s.Id} is due {s.DueBy}"));
    }

    [Fact]
    public void The_validator_refuses_an_overspent_fund_and_a_review_that_counts_ties_not_yet_formed()
    {
        var fund = Demo.Funds.First(f => f.Entries.Count(e => e.Kind == FundEntryKind.Spend) > 0);
        var spend = fund.Entries.First(e => e.Kind == FundEntryKind.Spend);
        var overspent = fund with { Entries = [.. fund.Entries.Select(e => e == spend ? e with { AmountPence = fund.Entries[0].AmountPence + 100 } : e)] };
        var plan = Demo.Plans.First(p => p.Reviews.Count > 1 && p.Reviews[^1].SocialCapital != p.Reviews[0].SocialCapital);
        var inflated = plan with { Reviews = [plan.Reviews[0] with { SocialCapital = plan.Reviews[^1].SocialCapital }, .. plan.Reviews.Skip(1)] };

        var funds = Assert.Throws<InvalidOperationException>(() => DatasetValidator.Validate(Demo with { Funds = [.. Demo.Funds.Select(f => f == fund ? overspent : f)] }));
        var plans = Assert.Throws<InvalidOperationException>(() => DatasetValidator.Validate(Demo with { Plans = [.. Demo.Plans.Select(p => p == plan ? inflated : p)] }));

        Assert.Contains($"{spend.Id}: The fund holds", funds.Message, StringComparison.Ordinal);
        Assert.Contains($"{plan.Reviews[0].Id}: social capital is not what the ties that day count", plans.Message, StringComparison.Ordinal);
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}
