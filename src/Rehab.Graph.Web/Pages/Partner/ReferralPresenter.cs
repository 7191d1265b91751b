using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.Shared;
using Referral = Rehab.Graph.Client.PartnerReferralPageResult.ReferralData;

namespace Rehab.Graph.Web.Pages.Partner;

public sealed record HistoryRow(string When, string What, string Status, string StatusClass, string? Detail);

/// <summary>
/// What a referral's page shows the partner: who and what, hours and sessions, every step, and the forms its status
/// allows (accept or decline while pending; attendance and hours for a placement, and complete, once accepted), each
/// form with its errors beside its fields.
/// </summary>
public sealed class ReferralPresenter(Referral referral, ReferralForms form, FieldErrors errors, string? posted, string? done)
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string Title => $"Referral for {referral.Person.DisplayName}";

    public string Id => referral.Id;

    public string Action => PartnerPresenter.ReferralHref(referral.Id);

    public (string Text, string Class) Status => StatusTags.Referral(referral.Status);

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary();

    public string? ErrorFor(string field) => errors.For(field);

    /// <summary>Which form was posted (its values are shown again); the others start empty.</summary>
    public ReferralForms FormFor(string handler) => posted == handler ? form : new ReferralForms();

    public string? Banner => done switch
    {
        "accepted" => "Referral accepted",
        "declined" => "Referral declined",
        "attendance" => "Attendance recorded",
        "hours" => "Hours logged",
        "completed" => "Referral completed",
        _ => null,
    };

    public bool CanAnswer => referral.Status == ReferralStatus.Pending;

    public bool IsPlacement => referral.Placement is not null;

    public bool CanLogSessions => IsPlacement && referral.Status is ReferralStatus.Accepted or ReferralStatus.InProgress;

    public bool CanComplete => referral.Status is ReferralStatus.Accepted or ReferralStatus.InProgress;

    public IReadOnlyList<string> Attention => referral.Attention.Select(StatusTags.Words).ToList();

    public IReadOnlyList<CurrentValue> Summary
    {
        get
        {
            var rows = new List<CurrentValue>
            {
                new("Person", referral.Person.DisplayName),
                new("Risk flags", referral.Person.RiskFlags.Count == 0 ? "None" : string.Join(", ", referral.Person.RiskFlags.Select(StatusTags.Words))),
                new("Referred to", referral.Service?.Name ?? referral.Placement?.Title ?? ""),
                new("Received", When(referral.CreatedAt)),
            };
            if (referral.Needs.Count > 0)
            {
                rows.Add(new("Needs", string.Join(", ", referral.Needs.Select(n => n.Label))));
            }

            if (referral.Placement is { } placement)
            {
                rows.Add(new("Sessions", placement.Sessions.Count == 0 ? "None" : string.Join(", ", placement.Sessions)));
                rows.Add(new("Hours", $"{Hours(referral.HoursDone)} of {referral.HoursOrdered?.ToString(CultureInfo.InvariantCulture) ?? "?"} done"));
            }

            rows.Add(new("Sessions attended", referral.SessionsAttended.ToString(CultureInfo.InvariantCulture)));
            rows.Add(new("Sessions missed", referral.SessionsMissed.ToString(CultureInfo.InvariantCulture)));
            if (referral.Note is { } note)
            {
                rows.Add(new("Note from the referrer", note));
            }

            if (referral.Referrer is { } referrer)
            {
                rows.Add(new("Referred by", string.Join(", ", new[] { referrer.Name, referrer.Email, referrer.Phone }.OfType<string>())));
            }

            if (referral.Reason is { } reason)
            {
                rows.Add(new("Reason", reason));
            }

            if (referral.Outcome is { } outcome)
            {
                rows.Add(new("Outcome", outcome));
            }

            return rows;
        }
    }

    public IReadOnlyList<HistoryRow> History => referral.History.Select(e =>
    {
        var (text, tag) = StatusTags.Referral(e.Status);
        var detail = new[]
        {
            e.Date is { } date ? $"Session on {date.ToString("d MMMM yyyy", UkCulture)}" : null,
            e.Attended is { } attended ? attended ? "attended" : "missed" : null,
            e.Hours is { } hours ? $"{Hours(hours)} hours" : null,
            e.Note,
            e.CorrectionReason is { } correction ? $"Outside the schedule: {correction}" : null,
        }.OfType<string>().ToList();
        return new HistoryRow(When(e.At), StatusTags.Words(e.Action), text, tag, detail.Count == 0 ? null : string.Join("; ", detail));
    }).ToList();

    private static string Hours(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string When(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy, HH:mm", UkCulture);
}
