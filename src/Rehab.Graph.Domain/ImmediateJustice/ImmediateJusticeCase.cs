using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Placements;

namespace Rehab.Graph.Domain.ImmediateJustice;

/// <summary>Where an Immediate Justice case stands, in the order the route goes.</summary>
public enum CaseStatus
{
    Referred,
    Contacted,
    Assessed,
    Booked,
    Completed,
}

/// <summary>How the person can be told where and when: whatever channels they have.</summary>
public sealed record ContactDetails(string? Email, string? Phone, string? PostalAddress)
{
    public IEnumerable<(MessageChannel Channel, string Recipient)> Channels()
    {
        if (Email is not null)
        {
            yield return (MessageChannel.Email, Email);
        }

        if (Phone is not null)
        {
            yield return (MessageChannel.Text, Phone);
        }

        if (PostalAddress is not null)
        {
            yield return (MessageChannel.Letter, PostalAddress);
        }
    }
}

/// <summary>
/// An Immediate Justice case: a person referred by the police or another agency for reparative work
/// that should start within 48 hours. <see cref="ReferralId"/> is the placement booked for it. <see cref="PersonContact"/>
/// is how the referrer said the person can be reached; <see cref="Referrer"/> is how to reach the referrer: the e-mail
/// address they gave and their organisation's line.
/// </summary>
public sealed record ImmediateJusticeCase(
    string Id,
    CaseStatus Status,
    string ReferrerOrganisationId,
    string ReferrerEmail,
    string PersonId,
    string PersonDisplayName,
    string OffenceSummary,
    int Hours,
    DateTimeOffset ReferredAt,
    string? CoordinatorId,
    DateTimeOffset? ContactedAt,
    DateTimeOffset? AssessedAt,
    DateTimeOffset? BriefedAt,
    DateTimeOffset? FirstSessionAt,
    string? ReferralId,
    double HoursDone,
    int SessionsMissed,
    string? CertificateCode,
    DateTimeOffset? CompletedAt,
    ContactDetails? PersonContact = null,
    Contact? Referrer = null)
{
    public DateTimeOffset DueBy => ImmediateJusticeRules.DueBy(ReferredAt);

    public DateTimeOffset ContactDueBy => ImmediateJusticeRules.ContactDueBy(ReferredAt);

    /// <summary>Why the coordinator should look at this case now; empty when it is on track.</summary>
    public IReadOnlyList<string> AttentionReasons(DateTimeOffset now) => ImmediateJusticeRules.AttentionReasons(this, now);

    /// <summary>
    /// Whether <paramref name="caller"/> coordinates this case. Who delivers it, and where and when the person is to be, are
    /// for its coordinator only: a referring agency follows the case it referred, not the people and places behind it.
    /// </summary>
    public bool IsCoordinatedBy(Access.Caller caller) => CoordinatorId is { } id && id == caller.Coordinator?.Id;
}

/// <summary>The route's clocks and checks.</summary>
public static class ImmediateJusticeRules
{
    public const int MaxHours = 40;
    public const int MaxSummaryLength = 1000;
    public static readonly TimeSpan Clock = TimeSpan.FromHours(48);

    /// <summary>The workday ends at 17:00 UK time; contact is due by the end of the working day the referral arrives in.</summary>
    private static readonly TimeOnly EndOfWorkingDay = new(17, 0);

    public static DateTimeOffset DueBy(DateTimeOffset referredAt) => referredAt + Clock;

    /// <summary>Same working day: by 17:00 UK time that day, or the next working day when it arrives after hours or at a weekend.</summary>
    public static DateTimeOffset ContactDueBy(DateTimeOffset referredAt)
    {
        var local = SessionSchedule.ToUkTime(referredAt);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= EndOfWorkingDay)
        {
            day = day.AddDays(1);
        }

        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return SessionSchedule.FromUkTime(day.ToDateTime(EndOfWorkingDay));
    }

    public static IReadOnlyList<string> AttentionReasons(ImmediateJusticeCase c, DateTimeOffset now)
    {
        var reasons = new List<string>();
        if (c.Status == CaseStatus.Completed)
        {
            return reasons;
        }

        if (c.ContactedAt is null && now > c.ContactDueBy)
        {
            reasons.Add("CONTACT_OVERDUE");
        }

        var firstSession = c.FirstSessionAt;
        if ((firstSession is null && now > c.DueBy) || firstSession > c.DueBy)
        {
            reasons.Add("PAST_48_HOURS");
        }

        if (c.SessionsMissed > 0)
        {
            reasons.Add("MISSED_SESSIONS");
        }

        return reasons;
    }

    /// <summary>The next status, or a conflict when the route is taken out of order.</summary>
    public static CaseStatus Advance(ImmediateJusticeCase c, CaseStatus to)
    {
        var allowed = to switch
        {
            CaseStatus.Contacted => c.Status is CaseStatus.Referred or CaseStatus.Contacted,
            CaseStatus.Assessed => c.Status is CaseStatus.Contacted or CaseStatus.Assessed,
            CaseStatus.Booked => c.Status == CaseStatus.Assessed,
            _ => false,
        };
        return allowed
            ? to
            : throw new ConflictException($"Case '{c.Id}' is {c.Status.ToString().ToLowerInvariant()}; it cannot be marked {to.ToString().ToLowerInvariant()} now. "
                + "The route is: take the case, record contact, record the risk assessment, book a placement.");
    }

    public static int ValidateHours(int hours, string field) => hours is >= 1 and <= MaxHours
        ? hours
        : throw new InvalidInputException(field, $"'{field}' must be between 1 and {MaxHours} (got {hours}).");
}
