using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using Service = Rehab.Graph.Client.ServiceEditPageResult.NodeData;

namespace Rehab.Graph.Web.Pages.Partner;

/// <summary>A need as a checkbox.</summary>
public sealed record NeedChoice(string Code, string Label, bool Checked);

/// <summary>A row of the "as it is now" list a conflict shows.</summary>
public sealed record CurrentValue(string Key, string Value);

/// <summary>
/// What the service form shows: the fields as typed (or as stored), the errors beside them and in the summary, the
/// service's status with the actions it allows, and, after a CONFLICT, the service as someone else left it.
/// </summary>
public sealed class ServiceEditPresenter(
    string? serviceId, ServiceForm form, IReadOnlyList<(string Code, string Label)> needs, FieldErrors errors, ServiceStatus? status, Service? current = null)
{
    public bool IsNew => serviceId is null;

    public string Title => IsNew ? "Add a service" : $"Change {form.Name}";

    public string Heading => IsNew ? "Add a service" : "Change a service";

    public string Action => IsNew ? "/partner/services/new" : PartnerPresenter.ServiceHref(serviceId!);

    public string? ServiceId => serviceId;

    public ServiceForm Form => form;

    public bool HasErrors => errors.Any || Conflict;

    public bool Conflict => current is not null;

    public IReadOnlyList<ErrorLink> ErrorSummary => Conflict
        ? [new ErrorLink("Someone else changed this service after you opened it. Check the service as it is now, then save your changes again", "#conflict"), .. errors.Summary(ServiceForm.FieldOrder)]
        : errors.Summary(ServiceForm.FieldOrder);

    /// <summary>The service as the other change left it.</summary>
    public IReadOnlyList<CurrentValue> CurrentValues => current is null
        ? []
        :
        [
            new("Name", current.Name ?? ""),
            new("Description", current.Description ?? "None"),
            new("Needs", string.Join(", ", (current.Needs ?? []).Select(n => needs.FirstOrDefault(x => x.Code == n.Code).Label ?? n.Code))),
            new("Status", StatusTags.Service(current.Status ?? ServiceStatus.Active).Text),
            new("Capacity", current.Capacity?.ToString(CultureInfo.InvariantCulture) ?? "Not given"),
            new("Opening times", current.OpeningTimes ?? "Not given"),
            new("Version", current.Version?.ToString(CultureInfo.InvariantCulture) ?? ""),
        ];

    public (string Text, string Class)? Status => status is { } s ? StatusTags.Service(s) : null;

    public bool CanPause => status == ServiceStatus.Active;

    public bool CanReopen => status is ServiceStatus.Paused or ServiceStatus.Closed;

    public bool CanClose => status is ServiceStatus.Active or ServiceStatus.Paused;

    public string CloseHref => PartnerPresenter.ServiceHref(serviceId ?? "") + "/close";

    public IReadOnlyList<NeedChoice> Needs => needs.Select(n => new NeedChoice(n.Code, n.Label, form.Needs.Contains(n.Code))).ToList();

    public string? ErrorFor(string field) => errors.For(field);

    public FieldView Field(string id, string label, string? value, string? hint = null, string width = "govuk-!-width-two-thirds", bool multiline = false, string inputMode = "text") =>
        new(id, label, value, errors.For(id), hint, width, multiline, inputMode);

    public FieldView ReferralRoute => new(
        "referralRoute", "How people are referred", form.ReferralRoute, errors.For("referralRoute"), null, "",
        Options: [new Option("", "Not given", string.IsNullOrEmpty(form.ReferralRoute)), .. ServiceForm.ReferralRoutes.Select(r => new Option(r, RouteText(r), r == form.ReferralRoute))]);

    private static string RouteText(string route) => route switch
    {
        "SELF" => "Self-referral",
        "PRACTITIONER" => "By a practitioner",
        "GP" => "By a GP",
        _ => "By an agency",
    };
}
