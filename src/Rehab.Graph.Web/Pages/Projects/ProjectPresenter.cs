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

/// <summary>Someone an offender manager may add to a project: a person on their caseload.</summary>
public sealed record MemberChoice(string PersonId, string Name);

/// <summary>
/// What the project page shows staff: the project, its members as the hub lets them see them, its grant and statement,
/// and, for those who may run it (<paramref name="canManage"/>), the status buttons its lifecycle allows and the spend
/// and refund forms; for an admin (<paramref name="isAdmin"/>) the award form; for an offender manager, the people on
/// their caseload to add (<paramref name="caseload"/>, null for others); each as filled in, with errors beside them.
/// </summary>
public sealed class ProjectPresenter(
    Project project, bool canManage, ProjectForms form, FieldErrors errors, string? done, bool isAdmin = false, IReadOnlyList<MemberChoice>? caseload = null)
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

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary(ProjectForms.FieldOrder);

    /// <summary>The refund form, for those who may run it, once the grant has a spend to give money back from.</summary>
    public bool CanRefund => canManage && Spends.Count > 0;

    public FieldView RefundOf => new(ProjectForms.Fields.RefundOf, "Which spend does the money come back from?", form.RefundOf, errors.For(ProjectForms.Fields.RefundOf), null, "",
        Options: [new Option("", "Select a spend", string.IsNullOrEmpty(form.RefundOf)), .. Spends.Select(s => s with { Selected = s.Value == form.RefundOf })]);

    public FieldView RefundAmount => new(ProjectForms.Fields.RefundAmount, "Amount coming back, in pounds", form.RefundAmount, errors.For(ProjectForms.Fields.RefundAmount),
        "No more than the spend, less what has come back from it already.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView RefundDescription => new(ProjectForms.Fields.RefundDescription, "Why it comes back (optional)", form.RefundDescription, errors.For(ProjectForms.Fields.RefundDescription),
        $"For example: Returned the unused paint. Up to {ProjectForms.DescriptionMaxLength} characters.");

    /// <summary>An admin awards a grant, or adds to it, until the project is closed.</summary>
    public bool CanAward => isAdmin && project.Status != "CLOSED";

    public FieldView AwardAmount => new(ProjectForms.Fields.AwardAmount, "Amount to award, in pounds", form.AwardAmount, errors.For(ProjectForms.Fields.AwardAmount),
        $"For example 250. Up to {ProjectWords.Pounds(ProjectForms.MaxSpendPence)} at a time; a grant holds at most {ProjectWords.Pounds(ProjectForms.MaxGrantPence)}.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView AwardDescription => new(ProjectForms.Fields.AwardDescription, "What the grant is for (optional)", form.AwardDescription, errors.For(ProjectForms.Fields.AwardDescription),
        $"Up to {ProjectForms.DescriptionMaxLength} characters.");

    /// <summary>People on the offender manager's caseload who are not members yet, while the project is open.</summary>
    public IReadOnlyList<MemberChoice> Joinable => caseload is null || project.Status == "CLOSED"
        ? []
        : [.. caseload.Where(c => !(project.Members ?? []).Any(m => m.PersonId == c.PersonId))];

    public bool CanAddMember => Joinable.Count > 0;

    public FieldView Member => new(ProjectForms.Fields.Member, "Who joins?", form.Member, errors.For(ProjectForms.Fields.Member), "Someone on your caseload.", "",
        Options: [new Option("", "Select a person", string.IsNullOrEmpty(form.Member)), .. Joinable.Select(c => new Option(c.PersonId, c.Name, c.PersonId == form.Member))]);

    private IReadOnlyList<Option> Spends => project.Grant?.Entries.Where(e => e.Kind == "SPEND")
        .Select(e => new Option(e.Id, $"{Words.Date(e.At)}: {e.Description ?? "a spend"}, {ProjectWords.Pounds(e.AmountPence)}", false)).ToList() ?? [];

    public string? StatusError => errors.For(ProjectForms.Fields.Status);

    public FieldView Amount => new(ProjectForms.Fields.Amount, "Amount, in pounds", form.Amount, errors.For(ProjectForms.Fields.Amount),
        $"For example 12.50. No more than {GrantLeft}, what is left.", Width: "govuk-input--width-10", InputMode: "decimal");

    public FieldView Description => new(ProjectForms.Fields.Description, "What the money is for", form.Description, errors.For(ProjectForms.Fields.Description),
        $"For example: Tools for the repair bench. Up to {ProjectForms.DescriptionMaxLength} characters.");

    public string? Banner => done switch
    {
        "spend" => "Spend recorded",
        "refund" => "Refund recorded",
        "award" => "Grant awarded",
        "member" => "Member added",
        "RUNNING" => "The project is running",
        "PAUSED" => "The project is paused",
        "CLOSED" => "The project is closed",
        _ => null,
    };
}
