using System.Globalization;
using Rehab.Graph.Web.Auth;
using Case = Rehab.Graph.Client.ImmediateJusticePageResult.ImmediateJusticeCasesData;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

public sealed record CaseRow(string Person, string Href, string Status, string StatusClass, string? Clock, string? ClockClass, string Hours, string Referred, string? Attention, string? Certificate);

/// <summary>
/// The Immediate Justice page: for a referrer, the cases their organisation referred (status, clock, hours done,
/// certificate); for a coordinator, the shared queue (cases nobody has taken) and their own cases, or only those needing
/// attention.
/// </summary>
public sealed class ImmediateJusticePresenter(WebUser user, IReadOnlyList<Case> cases, bool attentionOnly)
{
    public const string Path = "/immediate-justice";

    /// <summary>The 403 page's words for a partner without the coordinator duty: the pages' rule is a duty, not a role.</summary>
    public static AccessDenied NotForThisUser(WebUser user) =>
        new(user, "offender managers, referrers and partner organisations' Immediate Justice coordinators");

    public bool IsReferrer => user.Role == WebRole.Referrer;

    public string Title => IsReferrer ? "Immediate Justice referrals" : attentionOnly ? "Immediate Justice cases needing attention" : "Immediate Justice";

    public bool AttentionOnly => attentionOnly;

    public IReadOnlyList<CaseRow> Referred => IsReferrer ? cases.Select(Row).ToList() : [];

    public IReadOnlyList<CaseRow> Queue => IsReferrer ? [] : cases.Where(c => c.CoordinatorId is null).Select(Row).ToList();

    public IReadOnlyList<CaseRow> Mine => IsReferrer ? [] : cases.Where(c => c.CoordinatorId is not null).Select(Row).ToList();

    public static string CaseHref(string id) => $"{Path}/cases/{Uri.EscapeDataString(id)}";

    private static CaseRow Row(Case c)
    {
        var (status, statusClass) = CaseClock.Status(c.Status);
        var clock = CaseClock.Clock(c.Status, c.HoursLeftOnClock);
        return new CaseRow(
            c.PersonDisplayName,
            CaseHref(c.Id),
            status,
            statusClass,
            clock?.Text,
            clock?.Class,
            $"{c.HoursDone.ToString("0.##", CultureInfo.InvariantCulture)} of {c.Hours}",
            CaseClock.When(c.ReferredAt),
            c.Attention.Count == 0 ? null : string.Join(", ", c.Attention.Select(CaseClock.Words)),
            c.CertificateCode);
    }
}
