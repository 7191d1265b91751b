using Rehab.Graph.Client;
using Rehab.Graph.Web.Navigation;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>A radio button.</summary>
public sealed record RadioChoice(string Value, string Label, string Hint, bool Checked);

/// <summary>
/// What the person's start-a-project page shows, in plain words: the name, the kind as radios, what it is for, the
/// needs it helps with and where it meets, as filled in, with errors beside them.
/// </summary>
public sealed class StartProjectPresenter(StartProjectForm form, FieldErrors errors)
{
    public string Title => "Start a project";

    public string Caption => "Your plan";

    public string BackHref => ServiceNavigation.MyPlan;

    public string Action => ProjectPaths.Start;

    public string Intro =>
        "A project is something you run with other people who have been on probation: a group, a service for others or a small business. "
        + "Your probation practitioner will talk it through with you. Until they agree it, it shows on your plan as waiting.";

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(StartProjectForm.FieldOrder);

    public FieldView Name => new(StartProjectForm.Fields.Title, "What is your project called?", form.Title, errors.For(StartProjectForm.Fields.Title),
        $"For example: Orchard Park walking group. Up to {StartProjectForm.TitleMaxLength} characters.");

    public string KindLegend => "What kind of project is it?";

    public string? KindError => errors.For(StartProjectForm.Fields.Kind);

    public IReadOnlyList<RadioChoice> Kinds =>
    [
        Kind(ProjectKind.Group, "A group that meets", "For example, a walking group or a recovery café"),
        Kind(ProjectKind.Service, "A service for others", "For example, a bike repair drop-in or a food share"),
        Kind(ProjectKind.Enterprise, "A small business", "For example, a café or a cleaning round"),
    ];

    public FieldView Aims => new(StartProjectForm.Fields.Aims, "What is it for? (optional)", form.Aims, errors.For(StartProjectForm.Fields.Aims),
        $"In your own words. Up to {StartProjectForm.AimsMaxLength} characters.", Multiline: true);

    public CheckboxesView Needs => new(StartProjectForm.Fields.Needs, "What does it help people with?", "Select all that apply", errors.For(StartProjectForm.Fields.Needs),
        ProjectChoices.Needs.Select(n => new NeedChoice(n.Code, n.Label, form.Needs.Contains(n.Code))).ToList());

    public FieldView Place => new(StartProjectForm.Fields.Place, "Where will it meet?", form.Place, errors.For(StartProjectForm.Fields.Place),
        "Choose the town or area of Hull nearest to where you will meet",
        Options: [new Option("", "Choose a place", string.IsNullOrEmpty(form.Place)), .. ProjectChoices.Places.Select(p => new Option(p.Name, p.Name, p.Name == form.Place))]);

    public string Submit => "Send to your probation practitioner";

    private RadioChoice Kind(ProjectKind kind, string label, string hint)
    {
        var code = HubCodes.Of(kind);
        return new(code, label, hint, form.Kind == code);
    }
}
