using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Plans;

namespace Rehab.Graph.Web.Tests.Presenters.Plans;

public sealed class PlanPresenterTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly StepView Housing = new(
        "stp-1", "Go to the housing drop-in", new DateOnly(2026, 4, 30), "AGREED", SupporterKind.Service,
        new SupporterView(SupporterKind.Service, "svc-0121", "Housing Advice Drop-in", "Hull Housing Trust"), "ref-1", ReferralStatus.Accepted,
        [new CommentView(March.AddDays(2), ByPerson: false, "Good - next, the forms"), new CommentView(March.AddDays(1), ByPerson: true, "I went, they were kind")]);

    private static readonly StepView Sister = new("stp-2", "Ask my sister about the deposit", null, "DROPPED", SupporterKind.Family, null, null, null, []);

    private static readonly PlanView Plan = new(
    [
        new GoalView("gol-1", "Have a place of my own by the spring", GoalStatus.Active, ProposedByPerson: false, ["Accommodation"], ["DIY"], [Housing, Sister]),
        new GoalView("gol-2", "Learn to cook for my kids", GoalStatus.Proposed, ProposedByPerson: true, [], ["COOKING"], []),
        new GoalView("gol-3", "Stop drinking on weekdays", GoalStatus.Achieved, ProposedByPerson: false, [], [], []),
    ],
    [
        new ReviewView("rev-1", March, 3, "Early days", "Housing first"),
        new ReviewView("rev-2", March.AddMonths(2), null, null, "Engaging well"),
    ]);

    private static PlanPresenter For(PlanAudience audience, PlanForms? form = null, FieldErrors? errors = null, string? posted = null, string? done = null) =>
        new(audience, "H. Jafari", "per-0001", Plan, [], form ?? new PlanForms(), errors ?? new FieldErrors(), posted, done);

    [Fact]
    public void Each_goal_shows_its_status_as_a_tag_and_the_buttons_its_status_allows_the_offender_manager()
    {
        var goals = For(PlanAudience.OffenderManager).Goals;

        Assert.Equal([new Tag("Active", "govuk-tag--blue"), new Tag("Proposed", "govuk-tag--yellow"), new Tag("Achieved", "govuk-tag--green")], goals.Select(g => g.Status));
        Assert.Equal(["Mark as achieved:ACHIEVED", "Drop goal:DROPPED"], goals[0].Buttons.Select(b => $"{b.Text}:{b.Status}"));
        Assert.Equal(["Agree goal:ACTIVE", "Drop goal:DROPPED"], goals[1].Buttons.Select(b => $"{b.Text}:{b.Status}"));
        Assert.True(goals[1].Buttons[0].Primary);
        Assert.Equal(["Take up again:ACTIVE"], goals[2].Buttons.Select(b => $"{b.Text}:{b.Status}"));
        Assert.Equal("H. Jafari proposed this goal. Agree it with them, or drop it.", goals[1].StatusNote);
        Assert.Equal("/people/per-0001/plan/goals/gol-1/steps/new", goals[0].AddStepHref);
        Assert.Null(goals[1].AddStepHref);
    }

    [Fact]
    public void A_goal_names_the_needs_it_serves_the_strengths_it_builds_on_in_words_and_whose_words_it_is()
    {
        var goals = For(PlanAudience.OffenderManager).Goals;

        Assert.Equal(["You, with them"], goals[0].Details.Single(d => d.Key == "Proposed by").Values);
        Assert.Equal(["H. Jafari"], goals[1].Details.Single(d => d.Key == "Proposed by").Values);
        Assert.Equal(["Accommodation"], goals[0].Details.Single(d => d.Key == "Needs it serves").Values);
        Assert.Equal(["DIY and practical repairs"], goals[0].Details.Single(d => d.Key == "Strengths it builds on").Values);
        Assert.Equal(["None given"], goals[1].Details.Single(d => d.Key == "Needs it serves").Values);
    }

    [Fact]
    public void A_step_says_by_when_who_helps_the_referral_it_made_and_its_comments_oldest_first()
    {
        var step = For(PlanAudience.OffenderManager).Goals[0].Steps[0];

        Assert.Equal(new Tag("Agreed", "govuk-tag--light-blue"), step.Status);
        Assert.Equal("30 April 2026", step.Facts.Single(f => f.Key == "By").Text);
        Assert.Equal("Housing Advice Drop-in, Hull Housing Trust", step.Facts.Single(f => f.Key == "Who helps").Text);
        var referral = step.Facts.Single(f => f.Key == "Referral");
        Assert.Equal(new Tag("Accepted", "govuk-tag--turquoise"), referral.Tag);
        Assert.Equal("/referrals/ref-1", referral.Href);
        Assert.Equal(["H. Jafari: I went, they were kind", "You: Good - next, the forms"], step.Comments.Select(c => $"{c.Who}: {c.Text}"));
        Assert.Equal(["Mark as done:DONE", "Drop step:DROPPED"], step.Buttons.Select(b => $"{b.Text}:{b.Status}"));
    }

    [Fact]
    public void A_dropped_step_can_be_agreed_again_and_family_helps_without_a_date()
    {
        var step = For(PlanAudience.OffenderManager).Goals[0].Steps[1];

        Assert.Equal(new Tag("Dropped", "govuk-tag--grey"), step.Status);
        Assert.Equal(["Who helps: Family"], step.Facts.Select(f => $"{f.Key}: {f.Text}"));
        Assert.Equal(["Agree again:AGREED"], step.Buttons.Select(b => $"{b.Text}:{b.Status}"));
    }

    [Fact]
    public void The_person_reads_their_plan_in_plain_words_about_themselves_with_no_buttons_that_change_it()
    {
        var presenter = For(PlanAudience.Person);
        var goals = presenter.Goals;
        var step = goals[0].Steps[0];

        Assert.Equal("Your plan", presenter.Title);
        Assert.Equal("Waiting for your probation practitioner to agree.", goals[1].StatusNote);
        Assert.Equal(["You"], goals[1].Details.Single(d => d.Key == "Proposed by").Values);
        Assert.Equal(["Your probation practitioner, with you"], goals[0].Details.Single(d => d.Key == "Proposed by").Values);
        Assert.All(goals, g => Assert.Empty(g.Buttons));
        Assert.All(goals, g => Assert.Null(g.AddStepHref));
        Assert.Empty(step.Buttons);
        Assert.Equal(["You: I went, they were kind", "Your probation practitioner: Good - next, the forms"], step.Comments.Select(c => $"{c.Who}: {c.Text}"));
        Assert.Equal("Your family", goals[0].Steps[1].Facts.Single(f => f.Key == "Who helps").Text);
        Assert.Equal("/my-plan/goals/new", presenter.AddGoalHref);
        Assert.Equal("/my-plan/reviews/new", presenter.ReviewHref);
    }

    [Fact]
    public void The_person_is_told_a_referral_was_made_and_the_offender_manager_is_linked_to_one_whose_status_was_not_read()
    {
        var unread = Plan with { Goals = [Plan.Goals[0] with { Steps = [Housing with { Referral = null }] }] };
        StepFact Referral(PlanAudience audience) =>
            new PlanPresenter(audience, "H. Jafari", "per-0001", unread, [], new PlanForms(), new FieldErrors(), null, null).Goals[0].Steps[0].Facts.Single(f => f.Key == "Referral");

        Assert.Equal(new StepFact("Referral", "You have been referred"), Referral(PlanAudience.Person));
        Assert.Equal(new StepFact("Referral", "Made", null, "/referrals/ref-1", "View referral"), Referral(PlanAudience.OffenderManager));
    }

    [Fact]
    public void Reviews_come_newest_first_with_the_persons_rating_and_words_beside_the_summary()
    {
        var presenter = For(PlanAudience.OffenderManager);

        Assert.Equal(
            [new ReviewRow("2 May 2026", "Engaging well", "Not given", "None"), new ReviewRow("2 March 2026", "Housing first", "3 out of 5: OK", "Early days")],
            presenter.Reviews);
        Assert.Equal(["Date", "Your summary", "Their rating", "In their words"], presenter.ReviewColumns);
        Assert.Equal(["Date", "What your probation practitioner wrote", "Your rating", "What you said"], For(PlanAudience.Person).ReviewColumns);
    }

    [Fact]
    public void A_refused_comment_keeps_its_words_opens_its_box_and_links_to_it_from_the_summary()
    {
        var form = new PlanForms { StepId = "stp-1", Text = new string('x', 2001) };
        var (_, errors) = form.Comment(PlanAudience.OffenderManager);

        var presenter = For(PlanAudience.OffenderManager, form, errors, PlanHandlers.Comment);

        var box = presenter.Goals[0].Steps[0].Comment;
        Assert.True(box.Open);
        Assert.Equal(form.Text, box.Value);
        Assert.Equal("Comment must be 2000 characters or fewer", box.Error);
        Assert.False(presenter.Goals[0].Steps[1].Comment.Open);
        Assert.Null(presenter.Goals[0].Steps[1].Comment.Value);
        Assert.Equal("#comment-stp-1", Assert.Single(presenter.ErrorSummary).Href);
    }

    [Theory]
    [InlineData(PlanAudience.OffenderManager, "goal-ACTIVE", "Goal agreed")]
    [InlineData(PlanAudience.OffenderManager, "step-referred", "Step added and referral sent")]
    [InlineData(PlanAudience.OffenderManager, "review", "Review recorded")]
    [InlineData(PlanAudience.Person, "goal", "Your goal has been sent to your probation practitioner to agree")]
    [InlineData(PlanAudience.Person, "comment", "Your comment has been added")]
    [InlineData(PlanAudience.Person, "something-else", null)]
    public void After_a_change_the_banner_says_what_was_done(PlanAudience audience, string done, string? banner) =>
        Assert.Equal(banner, For(audience, done: done).Banner);

    [Fact]
    public void Both_plan_operations_read_the_same_plan()
    {
        var theirs = new PlanPageResult.PlanData
        {
            Id = "pln-per-0001",
            Version = 3,
            Goals =
            [
                new()
                {
                    Id = "gol-1", Text = "A home", Status = GoalStatus.Active, ProposedBy = "PERSON", Needs = [new() { Code = "ACCOMMODATION", Label = "Accommodation" }], Strengths = ["DIY"],
                    Steps =
                    [
                        new()
                        {
                            Id = "stp-1", Text = "Workshop", DueBy = null, Status = "AGREED", SupporterKind = SupporterKind.Placement,
                            Supporter = new() { Typename = "Placement", Id = "plc-1", Title = "Bike workshop", Organisation = new() { Name = "Pedal" } },
                            ReferralId = "ref-9",
                            Comments = [new() { At = March, AuthorRole = "OFFENDER_MANAGER", Text = "Book it" }],
                        },
                    ],
                },
            ],
            Reviews = [new() { Id = "rev-1", At = March, PersonRating = 4, PersonComment = "Better", Summary = null }],
            Mentors = [],
        };

        var view = PlanViews.From(theirs, new Dictionary<string, ReferralStatus> { ["ref-9"] = ReferralStatus.Pending });

        var step = view.Goals[0].Steps[0];
        Assert.True(view.Goals[0].ProposedByPerson);
        Assert.Equal(["Accommodation"], view.Goals[0].Needs);
        Assert.Equal(new SupporterView(SupporterKind.Placement, "plc-1", "Bike workshop", "Pedal"), step.Supporter);
        Assert.Equal(ReferralStatus.Pending, step.Referral);
        Assert.Null(PlanViews.From(theirs, new Dictionary<string, ReferralStatus>()).Goals[0].Steps[0].Referral);
        Assert.False(Assert.Single(step.Comments).ByPerson);
        Assert.Equal(new ReviewView("rev-1", March, 4, "Better", null), Assert.Single(view.Reviews));
    }
}
