using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Plans;

/// <summary>A need the goal form offers; <see cref="Severity"/> is set for the person's assessed needs.</summary>
public sealed record NeedOption(string Code, string Label, int? Severity);

/// <summary>
/// What the goal form shows. The offender manager's: the goal in the person's words, then the needs it serves and the
/// strengths it builds on, the person's own assessed needs and strengths first (and said to be theirs). The person's own:
/// their goal in plain words and, if they like, the strengths it builds on; no needs (their words, not an assessment's).
/// </summary>
public sealed class GoalFormPresenter(
    PlanAudience audience, string personName, string personId, IReadOnlyList<NeedOption> needs, IReadOnlyList<string> personStrengths, AddGoalForm form, FieldErrors errors)
{
    private bool ForPerson => audience == PlanAudience.Person;

    public string Title => ForPerson ? "Add a goal of your own" : $"Add a goal for {personName}";

    public string Caption => ForPerson ? "Your plan" : $"{personName}'s plan";

    public string PlanHref => ForPerson ? ServiceNavigation.MyPlan : PlanPaths.Plan(personId);

    public string Action => PlanHref + "/goals/new";

    public string Intro => ForPerson
        ? "Your probation practitioner will talk it through with you. Until they agree it, it shows on your plan as proposed."
        : "Write it with them, in their words. It is active on their plan at once.";

    public string Submit => ForPerson ? "Send to your probation practitioner" : "Add goal";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(AddGoalForm.FieldOrder);

    public FieldView Text => new(
        AddGoalForm.Fields.Text,
        ForPerson ? "What do you want to achieve?" : "The goal, in their words",
        form.Text,
        errors.For(AddGoalForm.Fields.Text),
        ForPerson
            ? $"Use your own words, for example: Learn to cook for my kids. Up to {AddGoalForm.TextMaxLength} characters."
            : $"Write it as they say it, for example: Have a place of my own by the spring. Up to {AddGoalForm.TextMaxLength} characters.",
        Multiline: true);

    /// <summary>The needs to tick, the person's assessed ones first, most severe first; none on the person's own form.</summary>
    public CheckboxesView? Needs => ForPerson
        ? null
        : new(AddGoalForm.Fields.Needs, "Needs it serves (optional)", "Select all that apply. Their assessed needs come first.", errors.For(AddGoalForm.Fields.Needs),
            needs.OrderBy(n => n.Severity is null).ThenByDescending(n => n.Severity)
                .Select(n => new NeedChoice(n.Code, n.Label, form.Needs.Contains(n.Code), n.Severity is { } s ? $"Assessed need, {Words.Severity(s).ToLowerInvariant()} severity" : null))
                .ToList());

    public IReadOnlyCollection<string> NeedCodes => needs.Select(n => n.Code).ToList();

    /// <summary>The strengths to tick, the person's own first.</summary>
    public CheckboxesView StrengthChoices => new(
        AddGoalForm.Fields.Strengths,
        ForPerson ? "What are you good at that could help? (optional)" : "Strengths it builds on (optional)",
        "Select all that apply",
        errors.For(AddGoalForm.Fields.Strengths),
        Strengths.All.OrderBy(s => !personStrengths.Contains(s.Code))
            .Select(s => new NeedChoice(s.Code, s.Label, form.Strengths.Contains(s.Code), personStrengths.Contains(s.Code) ? "One of their strengths" : null))
            .ToList());
}
