using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>A button that posts a goal's or a step's new status; <see cref="Context"/> is read out after its text ("Agree goal (Learn to cook)").</summary>
public sealed record StatusButton(string Handler, string Target, string TargetId, string Status, string Text, string Context, bool Primary);

/// <summary>A fact about a step: when it is due, who helps, the referral it made (a status tag and its page, for the offender manager).</summary>
public sealed record StepFact(string Key, string Text, Tag? Tag = null, string? Href = null, string? HrefText = null);

public sealed record CommentItem(string Who, string When, string Text);

/// <summary>A step's comment form, open when it is the one posted with an error (its text kept).</summary>
public sealed record CommentBox(string StepId, string FieldId, string? Value, string? Error)
{
    public bool Open => Error is not null;
}

public sealed record StepItem(string Id, string Anchor, string Text, Tag Status, IReadOnlyList<StepFact> Facts, IReadOnlyList<CommentItem> Comments, IReadOnlyList<StatusButton> Buttons, CommentBox Comment, string? Error);

public sealed record GoalCard(string Id, string Anchor, string Text, Tag Status, string? StatusNote, IReadOnlyList<SummaryRow> Details, IReadOnlyList<StepItem> Steps, string StepsEmpty, IReadOnlyList<StatusButton> Buttons, string? AddStepHref, string? Error);

/// <summary>A review as a row: the offender manager's summary beside the person's own rating and words.</summary>
public sealed record ReviewRow(string Date, string Summary, string Rating, string Comment);

/// <summary>
/// What a plan page shows, to the offender manager (about the person, with the buttons that change the plan) or to the
/// person (about themselves, in plain words: "you"): each goal in their words with its status, needs and strengths, its
/// steps with who helps and the comments on them, the reviews newest first, and the social capital chart. The forms'
/// errors sit beside the goal, step or comment box they are about.
/// </summary>
public sealed class PlanPresenter(
    PlanAudience audience, string personName, string personId, PlanView plan, IReadOnlyList<SnapshotView> history, PlanForms form, FieldErrors errors, string? posted, string? done)
{
    private bool ForPerson => audience == PlanAudience.Person;

    public string Title => ForPerson ? "Your plan" : $"{personName}'s plan";

    public string Intro => ForPerson
        ? "Your goals, in your own words, and the steps you have agreed with your probation practitioner."
        : "Their goals, in their own words, and the steps agreed with them.";

    /// <summary>Where the forms post and every write comes back to.</summary>
    public string Path => ForPerson ? ServiceNavigation.MyPlan : PlanPaths.Plan(personId);

    public string BackHref => PlanPaths.Person(personId);

    public string BackText => $"Back to {personName}";

    public string AddGoalHref => ForPerson ? ServiceNavigation.MyPlan + "/goals/new" : PlanPaths.Plan(personId) + "/goals/new";

    public string AddGoalText => ForPerson ? "Add a goal of your own" : "Add a goal";

    public string ReviewHref => ForPerson ? ServiceNavigation.MyPlan + "/reviews/new" : PlanPaths.Plan(personId) + "/reviews/new";

    public string ReviewText => ForPerson ? "Say how things are going" : "Record a review";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary();

    public string? Banner => done switch
    {
        "goal" when ForPerson => "Your goal has been sent to your probation practitioner to agree",
        "goal" => "Goal added",
        "goal-ACTIVE" => "Goal agreed",
        "goal-ACHIEVED" => "Goal marked as achieved",
        "goal-DROPPED" => "Goal dropped",
        "step" => "Step added",
        "step-referred" => "Step added and referral sent",
        "step-DONE" => "Step marked as done",
        "step-DROPPED" => "Step dropped",
        "step-AGREED" => "Step agreed again",
        "project" when ForPerson => "Your project has been sent to your probation practitioner to agree",
        "comment" when ForPerson => "Your comment has been added",
        "comment" => "Comment added",
        "review" when ForPerson => "Thank you. What you said has been added to your plan",
        "review" => "Review recorded",
        _ => null,
    };

    public string GoalsEmpty => ForPerson
        ? "You have no goals yet. Add one of your own, or talk about them with your probation practitioner."
        : "No goals yet. Add one in their own words.";

    public IReadOnlyList<GoalCard> Goals => plan.Goals.Select(Goal).ToList();

    public string CommentLabel => ForPerson ? "Your comment" : "Comment";

    public string CommentHint => ForPerson ? "Your probation practitioner will see it." : $"{personName} will see it.";

    public string ReviewsEmpty => ForPerson ? "There are no reviews yet." : "No reviews yet.";

    public IReadOnlyList<string> ReviewColumns => ForPerson
        ? ["Date", "What your probation practitioner wrote", "Your rating", "What you said"]
        : ["Date", "Your summary", "Their rating", "In their words"];

    /// <summary>The reviews, newest first.</summary>
    public IReadOnlyList<ReviewRow> Reviews => plan.Reviews.OrderByDescending(r => r.At).Select(r => new ReviewRow(
        Words.Date(r.At),
        r.Summary ?? "None",
        r.PersonRating is { } rating ? Ratings.Describe(rating) : "Not given",
        r.PersonComment ?? "None")).ToList();

    public SocialCapitalChart Chart => new(history, audience);

    private GoalCard Goal(GoalView goal)
    {
        var details = new List<SummaryRow>
        {
            new("Proposed by", [goal.ProposedByPerson ? (ForPerson ? "You" : personName) : (ForPerson ? "Your probation practitioner, with you" : "You, with them")]),
            new(ForPerson ? "What it helps with" : "Needs it serves", goal.Needs.Count == 0 ? ["None given"] : goal.Needs),
            new(ForPerson ? "Your strengths it builds on" : "Strengths it builds on", goal.Strengths.Count == 0 ? ["None given"] : goal.Strengths.Select(Strengths.Label).ToList()),
        };
        return new GoalCard(
            goal.Id,
            PlanForms.GoalField(goal.Id),
            goal.Text,
            GoalTag(goal.Status),
            goal.Status == GoalStatus.Proposed
                ? ForPerson ? "Waiting for your probation practitioner to agree." : $"{personName} proposed this goal. Agree it with them, or drop it."
                : null,
            details,
            goal.Steps.Select(Step).ToList(),
            ForPerson ? "No steps agreed yet." : goal.Status == GoalStatus.Active ? "No steps yet." : "No steps. Steps are agreed for active goals.",
            ForPerson ? [] : GoalButtons(goal),
            !ForPerson && goal.Status == GoalStatus.Active ? $"{PlanPaths.Plan(personId)}/goals/{Uri.EscapeDataString(goal.Id)}/steps/new" : null,
            errors.For(PlanForms.GoalField(goal.Id)));
    }

    private StepItem Step(StepView step)
    {
        var facts = new List<StepFact>();
        if (step.DueBy is { } due)
        {
            facts.Add(new("By", Words.Date(due)));
        }

        facts.Add(new("Who helps", Helper(step)));
        if (step.ReferralId is { } referral)
        {
            facts.Add(ForPerson
                ? new("Referral", "You have been referred")
                : new("Referral", step.Referral is null ? "Made" : "", step.Referral is { } status ? Words.Status(status) : null, $"/referrals/{Uri.EscapeDataString(referral)}", "View referral"));
        }

        var field = PlanForms.CommentField(step.Id);
        var postedHere = posted == PlanHandlers.Comment && form.StepId == step.Id;
        return new StepItem(
            step.Id,
            PlanForms.StepField(step.Id),
            step.Text,
            StepTag(step.Status),
            facts,
            step.Comments.OrderBy(c => c.At).Select(c => new CommentItem(Author(c), Words.DateTime(c.At), c.Text)).ToList(),
            ForPerson ? [] : StepButtons(step),
            new CommentBox(step.Id, field, postedHere ? form.Text : null, errors.For(field)),
            errors.For(PlanForms.StepField(step.Id)));
    }

    private string Helper(StepView step) => step.Supporter is { } who
        ? who.Organisation is { } organisation ? $"{who.Name}, {organisation}" : $"{who.Name} ({Words.Of(HubCodes.Of(who.Kind))})"
        : step.SupporterKind switch
        {
            SupporterKind.Family => ForPerson ? "Your family" : "Family",
            SupporterKind.Self => ForPerson ? "You" : "Themselves",
            _ => "Not known",
        };

    private string Author(CommentView comment) => comment.ByPerson
        ? ForPerson ? "You" : personName
        : ForPerson ? "Your probation practitioner" : "You";

    private static List<StatusButton> GoalButtons(GoalView goal)
    {
        StatusButton Button(GoalStatus status, string text, bool primary = false) =>
            new(PlanHandlers.GoalStatus, "goalId", goal.Id, HubCodes.Of(status), text, goal.Text, primary);

        return goal.Status switch
        {
            GoalStatus.Proposed => [Button(GoalStatus.Active, "Agree goal", primary: true), Button(GoalStatus.Dropped, "Drop goal")],
            GoalStatus.Active => [Button(GoalStatus.Achieved, "Mark as achieved"), Button(GoalStatus.Dropped, "Drop goal")],
            _ => [Button(GoalStatus.Active, "Take up again")],
        };
    }

    private static List<StatusButton> StepButtons(StepView step)
    {
        StatusButton Button(PlanStepStatus status, string text) => new(PlanHandlers.StepStatus, "stepId", step.Id, HubCodes.Of(status), text, step.Text, false);

        return HubCodes.Parse<PlanStepStatus>(step.Status) switch
        {
            PlanStepStatus.Agreed => [Button(PlanStepStatus.Done, "Mark as done"), Button(PlanStepStatus.Dropped, "Drop step")],
            PlanStepStatus.Dropped => [Button(PlanStepStatus.Agreed, "Agree again")],
            _ => [],
        };
    }

    public static Tag GoalTag(GoalStatus status) => status switch
    {
        GoalStatus.Proposed => new("Proposed", "govuk-tag--yellow"),
        GoalStatus.Active => new("Active", "govuk-tag--blue"),
        GoalStatus.Achieved => new("Achieved", "govuk-tag--green"),
        _ => new("Dropped", "govuk-tag--grey"),
    };

    public static Tag StepTag(string status) => HubCodes.Parse<PlanStepStatus>(status) switch
    {
        PlanStepStatus.Agreed => new("Agreed", "govuk-tag--light-blue"),
        PlanStepStatus.Done => new("Done", "govuk-tag--green"),
        PlanStepStatus.Dropped => new("Dropped", "govuk-tag--grey"),
        _ => new(Words.Of(status), "govuk-tag--grey"),
    };
}

/// <summary>The person's own rating at a review, 1 to 5, in the words the forms offer.</summary>
public static class Ratings
{
    public static IReadOnlyList<(int Value, string Words)> All { get; } = [(1, "Badly"), (2, "Not so well"), (3, "OK"), (4, "Well"), (5, "Very well")];

    public static string Describe(int rating) =>
        All.FirstOrDefault(r => r.Value == rating) is { Words: { } words } ? $"{rating} out of 5: {(words == "OK" ? words : words.ToLowerInvariant())}" : $"{rating} out of 5";
}

/// <summary>The plan pages' addresses.</summary>
public static class PlanPaths
{
    public static string Person(string personId) => $"/people/{Uri.EscapeDataString(personId)}";

    public static string Plan(string personId) => Person(personId) + "/plan";
}
