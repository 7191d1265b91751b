using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using Service = Rehab.Graph.Client.ServiceEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>A need (or any code) as a checkbox.</summary>
public sealed record NeedChoice(string Code, string Label, bool Checked, string? Hint = null);

/// <summary>A row of the "as it is now" list a conflict shows, or of a summary list.</summary>
public sealed record CurrentValue(string Key, string Value);

/// <summary>
/// What the service form shows: the fields as typed (or as stored), the errors beside them and in the summary, the
/// service's status with the actions it allows, and, after a CONFLICT, the service as someone else left it.
/// </summary>
/// <param name="stored">The service as stored: after a conflict, as the other change left it.</param>
public sealed class ServiceEditPresenter(
    string? serviceId, ServiceForm form, IReadOnlyList<(string Code, string Label)> needs, FieldErrors errors, Service? stored, bool conflict = false)
    : EditPresenter("a service", serviceId, errors, ServiceForm.FieldOrder, conflict)
{
    public ServiceForm Form => form;

    protected override string? Name => form.Name;

    public override string Heading => IsNew ? Title : "Change a service";

    public override string Action => IsNew ? "/partner/services/new" : PartnerPresenter.ServiceHref(Id!);

    public override string BackHref => PartnerPresenter.Path;

    public override string BackText => "Back to your organisation";

    public override string FieldsPartial => "/Pages/Partner/_ServiceFields.cshtml";

    public override string? AfterPartial => IsNew ? null : "/Pages/Partner/_ServiceStatus.cshtml";

    public override string? Version => form.Version;

    protected override IReadOnlyList<CurrentValue> Current() => stored is null
        ? []
        :
        [
            new("Name", stored.Name ?? ""),
            new("Description", stored.Description ?? "None"),
            new("Needs", string.Join(", ", (stored.Needs ?? []).Select(n => needs.FirstOrDefault(x => x.Code == n.Code).Label ?? n.Code))),
            new("Run by and for", stored.ByAndFor is { Count: > 0 } communities ? Communities.Labels(communities) : "Open to all"),
            new("Status", StatusTags.Service(stored.Status ?? ServiceStatus.Active).Text),
            new("Capacity", stored.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "Not given"),
            new("Opening times", stored.OpeningTimes ?? "Not given"),
            new("Version", stored.Version?.ToString(CultureInfo.InvariantCulture) ?? ""),
        ];

    public (string Text, string Class)? Status => stored?.Status is { } s ? StatusTags.Service(s) : null;

    public bool CanPause => stored?.Status == ServiceStatus.Active;

    public bool CanReopen => stored?.Status is ServiceStatus.Paused or ServiceStatus.Closed;

    /// <summary>The status changes the service's buttons post: the hub's status, and the button's words.</summary>
    public IReadOnlyList<(string Status, string Text)> StatusChanges =>
        [.. CanPause ? [("PAUSED", "Pause service")] : Array.Empty<(string, string)>(), .. CanReopen ? [("ACTIVE", "Reopen service")] : Array.Empty<(string, string)>()];

    public bool CanClose => stored?.Status is ServiceStatus.Active or ServiceStatus.Paused;

    public string CloseHref => PartnerPresenter.ServiceHref(Id ?? "") + "/close";

    public CheckboxesView Needs => Checkboxes("needs", "Needs it addresses", needs, form.Needs);

    public CheckboxesView ByAndFor => Checkboxes("byAndFor", Communities.Legend, Communities.All, form.ByAndFor, Communities.ServiceHint);

    public FieldView ReferralRoute => Select(
        "referralRoute", "How people are referred", form.ReferralRoute, ServiceForm.ReferralRoutes.Select(r => (r, RouteText(r))), none: "Not given");

    private static string RouteText(string route) => route switch
    {
        "SELF" => "Self-referral",
        "PRACTITIONER" => "By a practitioner",
        "GP" => "By a GP",
        _ => "By an agency",
    };
}
