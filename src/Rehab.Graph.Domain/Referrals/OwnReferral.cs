namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// A referral as the person referred sees it: where to, how it stands, their hours and sessions, and the placement's
/// weekly sessions; not the notes between practitioner and organisation, their risk flags or who recorded what.
/// </summary>
public sealed record OwnReferral(
    string Id,
    ReferralStatus Status,
    ReferralTargetKind TargetKind,
    string TargetId,
    string OrganisationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt,
    int? HoursOrdered,
    double HoursDone,
    int SessionsAttended,
    int SessionsMissed,
    IReadOnlyList<string> PlacementSessions);
