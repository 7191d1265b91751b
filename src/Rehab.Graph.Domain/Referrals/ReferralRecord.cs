using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// A referral as its readers see it. <see cref="PersonId"/> is set only for the person's offender
/// manager; a partner gets the display name, the needs referred for and the relevant risk flags.
/// <see cref="AcceptedAt"/> is set once the partner has accepted; <see cref="PlacementSessions"/> is a
/// placement's weekly schedule ("Thu 09:00-15:00"), empty for a service.
/// <see cref="Referrer"/> is who made it: the referring practitioner's work contact, or the coordinating organisation's.
/// </summary>
public sealed record ReferralRecord(
    string Id,
    ReferralStatus Status,
    ReferralTargetKind TargetKind,
    string TargetId,
    string OrganisationId,
    string? PersonId,
    string PersonDisplayName,
    IReadOnlyList<string> RiskFlags,
    IReadOnlyList<NeedRef> Needs,
    string? Note,
    int? HoursOrdered,
    double HoursDone,
    int SessionsAttended,
    int SessionsMissed,
    string? Outcome,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ReferralEvent> History,
    DateTimeOffset? AcceptedAt,
    IReadOnlyList<string> PlacementSessions,
    Contact? Referrer = null)
{
    public ReferralState State => new(Id, Status, TargetKind, HoursOrdered, HoursDone);
}

/// <summary>One step in a referral's history: what happened, who did it, any hours or attendance, and why a session was recorded off the schedule.</summary>
public sealed record ReferralEvent(
    DateTimeOffset At,
    string Action,
    ReferralStatus Status,
    string ActorRole,
    string? ActorId,
    double? Hours,
    bool? Attended,
    DateOnly? On,
    string? Note,
    string? CorrectionReason);
