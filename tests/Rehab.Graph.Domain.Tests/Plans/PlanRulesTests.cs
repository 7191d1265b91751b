using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.Domain.Tests.Plans;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData(GoalStatus.Proposed, GoalStatus.Active, true)]
    [InlineData(GoalStatus.Proposed, GoalStatus.Dropped, true)]
    [InlineData(GoalStatus.Proposed, GoalStatus.Achieved, false)]
    [InlineData(GoalStatus.Active, GoalStatus.Achieved, true)]
    [InlineData(GoalStatus.Active, GoalStatus.Dropped, true)]
    [InlineData(GoalStatus.Active, GoalStatus.Proposed, false)]
    [InlineData(GoalStatus.Active, GoalStatus.Active, false)]
    [InlineData(GoalStatus.Achieved, GoalStatus.Active, true)]
    [InlineData(GoalStatus.Dropped, GoalStatus.Active, true)]
    [InlineData(GoalStatus.Dropped, GoalStatus.Achieved, false)]
    public void A_goal_moves_only_along_its_lifecycle(GoalStatus from, GoalStatus to, bool allowed)
    {
        var change = Record.Exception(() => PlanRules.CheckGoalChange("gol-1", from, to));

        Assert.Equal(allowed, change is null);
        Assert.True(allowed || change is ConflictException);
    }

    [Theory]
    [InlineData(PlanStepStatus.Agreed, PlanStepStatus.Done, true)]
    [InlineData(PlanStepStatus.Agreed, PlanStepStatus.Dropped, true)]
    [InlineData(PlanStepStatus.Done, PlanStepStatus.Agreed, false)]
    [InlineData(PlanStepStatus.Dropped, PlanStepStatus.Agreed, true)]
    [InlineData(PlanStepStatus.Done, PlanStepStatus.Dropped, false)]
    public void A_step_moves_only_along_its_lifecycle(PlanStepStatus from, PlanStepStatus to, bool allowed)
    {
        var change = Record.Exception(() => PlanRules.CheckStepChange("stp-1", from, to));

        Assert.Equal(allowed, change is null);
    }

    [Fact]
    public void The_persons_own_goal_is_proposed_and_their_offender_managers_active()
    {
        var person = new Caller(CallerRole.Person, null, null, PersonId: "per-1").Require(AccessPolicy.AddGoal);
        var offenderManager = new Caller(CallerRole.OffenderManager, "prc-1", null).Require(AccessPolicy.AddGoal);

        Assert.Equal(GoalStatus.Proposed, PlanRules.NewGoalStatus(person));
        Assert.Equal(GoalStatus.Active, PlanRules.NewGoalStatus(offenderManager));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_rating_is_one_to_five(int rating)
    {
        var error = Assert.Throws<InvalidInputException>(() => PlanRules.Rating(rating, "input.personRating"));

        Assert.Equal("input.personRating", error.Field);
        Assert.Equal(5, PlanRules.Rating(5, "f"));
        Assert.Null(PlanRules.Rating(null, "f"));
    }

    [Fact]
    public void A_step_is_dated_from_today_to_three_years_ahead()
    {
        Assert.Equal(Today, PlanRules.DueBy(Today, Today, "d"));
        Assert.Equal(Today.AddYears(3), PlanRules.DueBy(Today.AddYears(3), Today, "d"));
        Assert.Throws<InvalidInputException>(() => PlanRules.DueBy(Today.AddDays(-1), Today, "d"));
        Assert.Throws<InvalidInputException>(() => PlanRules.DueBy(Today.AddYears(3).AddDays(1), Today, "d"));
    }

    [Fact]
    public void Text_is_trimmed_and_bounded()
    {
        Assert.Equal("Find work", PlanRules.Text("  Find work ", 10, "t", required: true));
        Assert.Null(PlanRules.Text("   ", 10, "t", required: false));
        Assert.Equal("t", Assert.Throws<InvalidInputException>(() => PlanRules.Text(" ", 10, "t", required: true)).Field);
        Assert.Throws<InvalidInputException>(() => PlanRules.Text(new string('x', 11), 10, "t", required: true));
    }
}
