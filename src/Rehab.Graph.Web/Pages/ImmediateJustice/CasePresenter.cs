using System.Globalization;
using Rehab.Graph.Client;
using Rehab.Graph.Web.Auth;
using Rehab.Graph.Web.Pages.Partner;
using Rehab.Graph.Web.Pages.Shared;
using Case = Rehab.Graph.Client.ImmediateJusticeCasePageResult.ImmediateJusticeCaseData;
using Placements = Rehab.Graph.Client.ImmediateJusticePlacementsResult.ConnectData.PlacementsData;

namespace Rehab.Graph.Web.Pages.ImmediateJustice;

/// <summary>A step of a case as GOV.UK's task list shows it: a link while it can be done, its status either way.</summary>
public sealed record CaseTask(string Name, string? Href, string Status, string? StatusClass);

/// <summary>A placement the coordinator can book, as a radio.</summary>
public sealed record PlacementChoice(string Id, string Title, string Hint, bool Soon);

/// <summary>
/// What an Immediate Justice case's page shows: the person, the offence and the clock; to its coordinator the task
/// list (take, contact, risk assessment, booking, safety briefing) and each task's form; to the referrer the case as
/// it goes, and the certificate code once complete.
/// </summary>
public sealed class CasePresenter(WebUser user, Case @case, string? task, FieldErrors errors, string? done = null, IReadOnlyList<Placements>? placements = null)
{
    public static readonly IReadOnlyList<string> Tasks = ["contact", "risk", "book", "briefing"];

    public static readonly IReadOnlyList<string> RiskFlags = ["NO_CONTACT_CHILDREN", "SEXUAL_OFFENCE", "ARSON", "DOMESTIC_ABUSE_PERPETRATOR", "VIOLENCE_TO_STAFF", "WEAPONS"];

    public string Id => @case.Id;

    public string Href => ImmediateJusticePresenter.CaseHref(@case.Id);

    public string? Task => task;

    public bool IsReferrer => user.Role == WebRole.Referrer;

    public string Title => task switch
    {
        "contact" => "Record contact",
        "risk" => "Risk assessment",
        "book" => "Book a placement",
        "briefing" => "Safety briefing",
        _ => $"Immediate Justice case for {@case.PersonDisplayName}",
    };

    public string PersonName => @case.PersonDisplayName;

    public bool HasErrors => errors.Any;

    public IReadOnlyList<ErrorLink> ErrorSummary => errors.Summary();

    public string? ErrorFor(string field) => errors.For(field);

    public string? Banner => done switch
    {
        "referred" => null,
        "taken" => "You have taken this case",
        "contact" => "Contact recorded",
        "risk" => "Risk assessment recorded",
        "book" => "Placement booked",
        "briefing" => "Safety briefing recorded",
        _ => null,
    };

    /// <summary>Just referred: the confirmation panel with the case's reference.</summary>
    public bool JustReferred => done == "referred" && IsReferrer;

    public (string Text, string Class) Status => CaseClock.Status(@case.Status);

    public (string Text, string Class)? Clock => CaseClock.Clock(@case.Status, @case.HoursLeftOnClock);

    public bool InQueue => @case.CoordinatorId is null;

    /// <summary>Only a coordinator who has the case (or may take it) sees the task list.</summary>
    public bool ShowsTasks => !IsReferrer;

    public IReadOnlyList<CurrentValue> Summary
    {
        get
        {
            var rows = new List<CurrentValue>
            {
                new("Reference", @case.Id),
                new("Offence", @case.OffenceSummary),
                new("Hours", $"{@case.HoursDone.ToString("0.##", CultureInfo.InvariantCulture)} of {@case.Hours} done"),
                new("Referred", CaseClock.When(@case.ReferredAt)),
                new("First session due by", CaseClock.When(@case.DueBy)),
            };
            if (!IsReferrer)
            {
                rows.Add(new("Contact due by", CaseClock.When(@case.ContactDueBy)));
                // The hub answers a contact for a person reachable only by post too (named, with no email or phone).
                if (@case.PersonContact is { } contact && new[] { contact.Email, contact.Phone }.OfType<string>().ToList() is { Count: > 0 } ways)
                {
                    rows.Add(new("Person's contact", string.Join(", ", ways)));
                }

                if (@case.PersonPostalAddress is { } address)
                {
                    rows.Add(new("Person's address", address));
                }

                if (@case.Referrer is { } referrer)
                {
                    rows.Add(new("Referred by", string.Join(", ", new[] { referrer.Name, referrer.Email, referrer.Phone }.OfType<string>())));
                }
            }

            if (@case.FirstSessionAt is { } first)
            {
                rows.Add(new("First session", CaseClock.When(first)));
            }

            if (@case.Referral?.Placement is { } placement)
            {
                rows.Add(new("Placement", placement.Title));
            }

            if (@case.Attention.Count > 0)
            {
                rows.Add(new("Needs attention", string.Join(", ", @case.Attention.Select(CaseClock.Words))));
            }

            if (@case.CertificateCode is { } code)
            {
                rows.Add(new("Certificate code", code));
            }

            return rows;
        }
    }

    public IReadOnlyList<CaseTask> TaskList
    {
        get
        {
            var taken = !InQueue;
            var steps = new (string Name, string Slug, DateTimeOffset? Done, bool Ready)[]
            {
                ("Contact the person", "contact", @case.ContactedAt, taken),
                ("Assess risk", "risk", @case.AssessedAt, @case.ContactedAt is not null),
                ("Book a placement", "book", @case.Status is CaseStatus.Booked or CaseStatus.Completed ? @case.FirstSessionAt ?? @case.AssessedAt : null, @case.AssessedAt is not null),
                ("Give the safety briefing", "briefing", @case.BriefedAt, @case.Status is CaseStatus.Booked or CaseStatus.Completed),
            };
            var list = new List<CaseTask> { new("Take the case", null, taken ? "Completed" : "Not yet started", taken ? null : "govuk-tag--blue") };
            list.AddRange(steps.Select(s => s.Done is not null
                ? new CaseTask(s.Name, null, "Completed", null)
                : s.Ready ? new CaseTask(s.Name, $"{Href}/{s.Slug}", "Not yet started", "govuk-tag--blue") : new CaseTask(s.Name, null, "Cannot start yet", "govuk-tag--grey")));
            return list;
        }
    }

    public int TasksDone => TaskList.Count(t => t.Status == "Completed");

    public IReadOnlyList<PlacementChoice> Placements => (placements ?? [])
        .Where(p => p.AvailableSlots > 0)
        .OrderByDescending(p => p.CanStartWithin48h)
        .ThenBy(p => p.DistanceKm)
        .Select(p => new PlacementChoice(
            p.Placement.Id,
            p.Placement.Title,
            $"{p.Placement.Organisation.Name}, {p.DistanceKm.ToString("0.0", CultureInfo.InvariantCulture)} km from home. "
            + (p.EarliestStart is { } start ? $"Next session {CaseClock.When(start)}" : "No session available")
            + (p.CanStartWithin48h ? ", within 48 hours" : ""),
            p.CanStartWithin48h))
        .ToList();
}
