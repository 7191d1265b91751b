using Rehab.Graph.Web.Pages.People;
using Referral = Rehab.Graph.Client.ReferralPageResult.ReferralData;

namespace Rehab.Graph.Web.Pages.Referrals;

/// <summary>A step in a referral's history as the timeline shows it.</summary>
public sealed record HistoryRow(string When, string What, Tag Status, string? Detail);

/// <summary>What the referral page shows: its status, progress (hours, sessions), attention reasons, details and every step.</summary>
public sealed class ReferralPresenter(Referral referral, bool withdrawn = false)
{
    public string Title => $"Referral to {To}";

    public string To => referral.Service?.Name ?? referral.Placement?.Title ?? "Unknown";

    public string Id => referral.Id;

    public Tag Status => Words.Status(referral.Status);

    public bool JustWithdrawn => withdrawn;

    public bool CanWithdraw => Words.IsOpen(referral.Status);

    public string WithdrawHref => $"/referrals/{Uri.EscapeDataString(referral.Id)}/withdraw";

    public string? PersonHref => referral.Person.Id is { } id ? $"/people/{Uri.EscapeDataString(id)}" : null;

    public string? ReferralsHref => PersonHref is { } p ? p + "/referrals" : null;

    public string PersonName => referral.Person.DisplayName;

    public IReadOnlyList<string> Attention => referral.Attention.Select(Words.Attention).ToList();

    public IReadOnlyList<SummaryRow> Details
    {
        get
        {
            var rows = new List<SummaryRow>
            {
                new("Person", [referral.Person.DisplayName]),
                new(referral.Placement is null ? "Service" : "Placement", [To]),
                new("Organisation", [referral.Organisation.Name]),
                new("Needs", referral.Needs.Count == 0 ? ["None"] : referral.Needs.Select(n => n.Label).ToList()),
                new("Made", [Words.Date(referral.CreatedAt)]),
                new("Hours", [Words.HoursOf(referral.HoursDone, referral.HoursOrdered)]),
                new("Sessions attended", [referral.SessionsAttended.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
                new("Sessions missed", [referral.SessionsMissed.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            };
            if (referral.Placement is { Sessions.Count: > 0 } placement)
            {
                rows.Add(new("Sessions", placement.Sessions));
            }

            if (referral.Note is { } note)
            {
                rows.Add(new("Note", [note]));
            }

            if (referral.Outcome is { } outcome)
            {
                rows.Add(new("Outcome", [outcome]));
            }

            if (referral.Reason is { } reason)
            {
                rows.Add(new(referral.Status == Client.ReferralStatus.Declined ? "Why it was declined" : "Why it was withdrawn", [reason]));
            }

            if (referral.Organisation.Contact is { } contact && (contact.Phone ?? contact.Email ?? contact.Name) is not null)
            {
                rows.Add(new("Contact", new[] { contact.Name, contact.Phone, contact.Email }.OfType<string>().ToList()));
            }

            return rows;
        }
    }

    public IReadOnlyList<HistoryRow> History => referral.History.Reverse().Select(e => new HistoryRow(
        Words.DateTime(e.At),
        e.Action switch
        {
            "CREATE" => "Referral made",
            "ACCEPT" => "Accepted",
            "DECLINE" => "Declined",
            "LOG_ATTENDANCE" => e.Attended == false ? "Session missed" : "Session attended",
            "LOG_HOURS" => $"{Words.Hours(e.Hours ?? 0)} hours logged",
            "COMPLETE" => "Completed",
            "WITHDRAW" => "Withdrawn",
            var other => Words.Of(other),
        },
        Words.Status(e.Status),
        string.Join(". ", new[] { e.Date is { } d ? "Session on " + d.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : null, e.Note }.OfType<string>()) is { Length: > 0 } detail ? detail : null)).ToList();
}
