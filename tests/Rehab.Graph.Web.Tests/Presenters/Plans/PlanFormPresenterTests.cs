using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Plans;
using Connect = Rehab.Graph.Client.StepSupportersResult.ConnectData;
using Goal = Rehab.Graph.Client.AddStepPageResult.PlanData.GoalsData;

namespace Rehab.Graph.Web.Tests.Presenters.Plans;

public sealed class PlanFormPresenterTests
{
    private static readonly IReadOnlyList<NeedOption> Needs =
    [
        new("ACCOMMODATION", "Accommodation", null),
        new("HEALTH", "Physical health", 2),
        new("RELATIONSHIPS", "Relationships", 3),
    ];

    [Fact]
    public void The_offender_managers_goal_form_offers_the_persons_assessed_needs_and_own_strengths_first()
    {
        var presenter = new GoalFormPresenter(PlanAudience.OffenderManager, "H. Jafari", "per-0001", Needs, ["IT"], new AddGoalForm { Needs = ["HEALTH"] }, new FieldErrors());

        var needs = presenter.Needs!.Choices;
        Assert.Equal(["RELATIONSHIPS", "HEALTH", "ACCOMMODATION"], needs.Select(n => n.Code));
        Assert.Equal("Assessed need, high severity", needs[0].Hint);
        Assert.Null(needs[2].Hint);
        Assert.Equal([false, true, false], needs.Select(n => n.Checked));
        Assert.Equal(("IT", "One of their strengths"), (presenter.StrengthChoices.Choices[0].Code, presenter.StrengthChoices.Choices[0].Hint));
        Assert.Equal("Add a goal for H. Jafari", presenter.Title);
        Assert.Equal("/people/per-0001/plan/goals/new", presenter.Action);
    }

    [Fact]
    public void The_persons_own_goal_form_asks_in_plain_words_and_not_for_needs()
    {
        var presenter = new GoalFormPresenter(PlanAudience.Person, "H. Jafari", "per-0001", [], [], new AddGoalForm(), new FieldErrors());

        Assert.Null(presenter.Needs);
        Assert.Equal("What do you want to achieve?", presenter.Text.Label);
        Assert.Equal("/my-plan/goals/new", presenter.Action);
        Assert.Equal("Send to your probation practitioner", presenter.Submit);
    }

    private static readonly Goal Housing = new() { Id = "gol-1", Text = "A home", Status = GoalStatus.Active, Needs = [new() { Code = "ACCOMMODATION", Label = "Accommodation" }] };

    private static readonly Connect Matches = new()
    {
        Services = [new() { Service = new() { Id = "svc-1", Name = "Housing Advice", Organisation = new() { Name = "Hull Housing" } }, DistanceKm = 1.24, AlreadyReferred = true }],
        Online = [],
        Placements =
        [
            new() { Placement = new() { Id = "plc-1", Title = "Garden crew", Organisation = new() { Name = "Parks" } }, DistanceKm = 2, AvailableSlots = 1, AlreadyReferred = false },
            new() { Placement = new() { Id = "plc-2", Title = "Full crew", Organisation = new() { Name = "Parks" } }, DistanceKm = 3, AvailableSlots = 0, AlreadyReferred = false },
        ],
        Mentors = [new() { Mentor = new() { Id = "mnt-1", DisplayName = "N. Francis" }, DistanceKm = 2.8, CurrentMentor = true }],
    };

    [Fact]
    public void Who_helps_offers_connects_matches_for_the_goal_with_a_place_free_then_family_or_themselves()
    {
        var presenter = new AddStepPresenter("H. Jafari", "per-0001", Housing, Matches, new AddStepForm { Supporter = "PLACEMENT:plc-1" }, new FieldErrors());

        var groups = presenter.SupporterGroups;
        Assert.Equal(["Services", "Placements", "Mentors", "Someone else"], groups.Select(g => g.Label));
        Assert.Equal("Housing Advice, Hull Housing (1.2 km, already referred)", groups[0].Options.Single().Text);
        Assert.Equal(["PLACEMENT:plc-1"], groups[1].Options.Select(o => o.Value));
        Assert.Equal("Garden crew, Parks (2.0 km, 1 place free)", groups[1].Options[0].Text);
        Assert.True(groups[1].Options[0].Selected);
        Assert.False(presenter.NothingChosen);
        Assert.Equal("N. Francis, mentor (2.8 km, their mentor)", groups[2].Options.Single().Text);
        Assert.Equal(["FAMILY", "SELF"], groups[3].Options.Select(o => o.Value));
        Assert.Contains("(accommodation)", presenter.SupporterHint, StringComparison.Ordinal);
        Assert.Equal("/people/per-0001/plan/goals/gol-1/steps/new", presenter.Action);
    }

    [Fact]
    public void The_review_form_asks_the_offender_manager_for_a_summary_and_the_person_only_for_their_view()
    {
        var theirs = new ReviewFormPresenter(PlanAudience.OffenderManager, "H. Jafari", "per-0001", new ReviewForm { Rating = "3" }, new FieldErrors());
        var mine = new ReviewFormPresenter(PlanAudience.Person, "H. Jafari", "per-0001", new ReviewForm(), new FieldErrors());

        Assert.NotNull(theirs.Summary);
        Assert.Equal(["rating", "rating-2", "rating-3", "rating-4", "rating-5"], theirs.Ratings.Select(r => r.Id));
        Assert.Equal("3: OK", theirs.Ratings.Single(r => r.Checked).Label);
        Assert.Null(mine.Summary);
        Assert.Equal("How are things going?", mine.Title);
        Assert.Equal("/my-plan/reviews/new", mine.Action);
    }
}
