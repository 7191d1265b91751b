using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.People;
using Rehab.Graph.Web.Pages.Shared;
using Project = Rehab.Graph.Client.ProjectPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Projects;

/// <summary>A status button: the status it sets and its words.</summary>
public sealed record StatusButton(string Status, string Text, bool Warning);

/// <summary>A member as the hub shows them to this user.</summary>
public sealed record MemberRow(string Name, string Since, bool Founder);

/// <summary>A line of the grant's statement.</summary>
public sealed record GrantRow(string Date, string What, string Description, string Amount, string ApprovedBy);

/// <summary>
/// What the project page shows staff: the project, its members as the hub lets them see them, its grant and statement,
/// and, for those who may run it (<paramref name="canManage"/>), the status buttons its lifecycle allows and the spend
/// form, as filled in, with errors beside them.
/// </summary>
public sealed class ProjectPresenter(Project project, bool canManage, ProjectForms form, FieldErrors errors, string? done)
{
    public string Title => project.Title ?? "Project";

    public string Path => ProjectPaths.Project(project.Id!);

    public Tag Status => ProjectWords.Status(project.Status!);

    public string Kind => ProjectWords.Kind(project.Kind!.Value);

    public string? Aims => project.Aims;

    public IReadOnlyList<string> Needs => (project.Needs ?? []).Select(n => n.Label).ToList();

    public IReadOnlyList<string> Strengths => (project.Strengths ?? []).Select(Plans.Strengths.Label).ToList();

    public IReadOnlyList<string> Contact => project.Contact is { } c ? new[] { c.Name, c.Phone, c.Email, c.Url }.OfType<string>().ToList() : [];

    /// <summary>A list as the summary shows it: "None given" when it is empty.</summary>
    public IReadOnlyList<string> Shown(IReadOnlyList<string> items) => items.Count == 0 ? ["None given"] : items;

    public bool WomenOnly => project.WomenOnly == true;

    public string MemberCount => project.MemberCount == 1 ? "1 member" : $"{project.MemberCount} members";

    public IReadOnlyList<MemberRow> Members => (project.Members ?? []).Select(m => new MemberRow(m.DisplayName, Words.Date(m.Since), m.Founder)).ToList();

    public string MembersNote => Members.Count == 0
        ? "None of its members is on your caseload, so they are not shown."
        : "Only members on your caseload are shown.";

    public string GrantAwarded => ProjectWords.Pounds(project.GrantPence ?? 0);

    public string GrantLeft => ProjectWords.Pounds(project.GrantBalancePence ?? 0);

    public IReadOnlyList<GrantRow>? Statement => project.Grant?.Entries
        .Select(e => new GrantRow(Words.Date(e.At), Words.Of(e.Kind), e.Description ?? "", (e.Kind == "SPEND" ? "−" : "") + ProjectWords.Pounds(e.AmountPence), e.ApprovedBy))
        .ToList();

    public bool CanManage => canManage;

    /// <summary>The moves the lifecycle allows from here; none once closed.</summary>
    public IReadOnlyList<StatusButton> StatusButtons => !canManage ? [] : project.Status switch
    {
        "PROPOSED" => [new("RUNNING", "Agree and run it", false), new("CLOSED", "Close it", true)],
        "RUNNING" => [new("PAUSED", "Pause it", false), new("CLOSED", "Close it", true)],
        "PAUSED" => [new("RUNNING", "Run it again", false), new("CLOSED", "Close it", true)],
        _ => [],
    };

    /// <summary>The spend form, for those who may run it, while it is not closed and has a grant.</summary>
    public bool CanSpend => canManage && project.Status != "CLOSED" && project.Grant is not null;

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary([ProjectForms.Fields.Status, ProjectForms.Fields.Amount, ProjectForms.Fields.Description]);

    public string? StatusError => errors.For(ProjectForms.Fields.Status);

    public FieldView Amount => new(ProjectForms.Fields.Amount, "Amount, in pounds", form.Amount, errors.For(ProjectForms.Fields.Amount),
        $"For example 12.50. No more than {GrantLeft}, what is left.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView Description => new(ProjectForms.Fields.Description, "What the money is for", form.Description, errors.For(ProjectForms.Fields.Description),
        $"For example: Tools for the repair bench. Up to {ProjectForms.DescriptionMaxLength} characters.");

    public string? Banner => done switch
    {
        "spend" => "Spend recorded",
        "RUNNING" => "The project is running",
        "PAUSED" => "The project is paused",
        "CLOSED" => "The project is closed",
        _ => null,
    };
}
