using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Domain.Referrals;

/// <summary>
/// A referral as the workflow needs it: where it stands and, for a placement, the hours ordered and done.
/// <see cref="SafetyBriefed"/> is false only for an Immediate Justice placement whose health-and-safety
/// briefing is not yet recorded. <see cref="Sessions"/>, for a placement, is what session steps are checked against.
/// </summary>
public sealed record ReferralState(
    string Id, ReferralStatus Status, ReferralTargetKind TargetKind, double? HoursOrdered, double HoursDone, bool SafetyBriefed = true, SessionFacts? Sessions = null);

/// <summary>
/// What a transition does to the graph: the new status, hours added, attendance recorded and the session it is
/// recorded against, whether the place held by a placement referral is given back, and the tie a completed referral
/// adds to the person's network.
/// </summary>
public sealed record ReferralChange(
    ReferralAction Action,
    ReferralStatus From,
    ReferralStatus To,
    double HoursAdded = 0,
    bool? Attended = null,
    bool ReleasesPlace = false,
    string? Tie = null,
    SessionLog? Session = null);

/// <summary>
/// The referral state machine. Every transition is checked against the current status; anything
/// else is a <see cref="ConflictException"/>, so two people acting on one referral at once cannot
/// both succeed.
/// </summary>
public static class ReferralWorkflow
{
    public const double MaxHoursPerSession = 12;
    public const int MaxHoursOrdered = 300;
    public const int MaxTextLength = 1000;

    /// <remarks>Who may take each step is the access policy's (<see cref="AccessPolicy"/>): the organisation referred to, or the person's side.</remarks>
    private static readonly IReadOnlyDictionary<ReferralAction, (ReferralStatus[] From, ReferralStatus To)> Transitions =
        new Dictionary<ReferralAction, (ReferralStatus[], ReferralStatus)>
        {
            [ReferralAction.Accept] = ([ReferralStatus.Pending], ReferralStatus.Accepted),
            [ReferralAction.Decline] = ([ReferralStatus.Pending], ReferralStatus.Declined),
            [ReferralAction.LogAttendance] = ([ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.InProgress),
            [ReferralAction.LogHours] = ([ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.InProgress),
            [ReferralAction.Complete] = ([ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.Completed),
            [ReferralAction.Withdraw] = ([ReferralStatus.Pending, ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.Withdrawn),
        };

    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Pending or ReferralStatus.Accepted or ReferralStatus.InProgress;

    /// <summary>The statuses <paramref name="action"/> may start from.</summary>
    public static IReadOnlyList<ReferralStatus> AllowedFrom(ReferralAction action) => Transitions[action].From;

    public static ReferralChange Accept(ReferralState referral) => Move(referral, ReferralAction.Accept);

    public static ReferralChange Decline(ReferralState referral) =>
        Move(referral, ReferralAction.Decline) with { ReleasesPlace = referral.TargetKind == ReferralTargetKind.Placement };

    public static ReferralChange Withdraw(ReferralState referral) =>
        Move(referral, ReferralAction.Withdraw) with { ReleasesPlace = referral.TargetKind == ReferralTargetKind.Placement };

    /// <summary>A session attended or missed, recorded once against the placement's schedule (see <see cref="ReferralSessions"/>).</summary>
    public static ReferralChange LogAttendance(ReferralState referral, SessionEntry entry, bool attended)
    {
        RequirePlacement(referral, "Attendance");
        var change = Move(referral, ReferralAction.LogAttendance);
        return change with { Attended = attended, Session = ReferralSessions.Attendance(Sessions(referral), entry, attended) };
    }

    /// <summary>Hours worked in one session, in quarter hours, never beyond what the session lasts or the order asks for.</summary>
    public static ReferralChange LogHours(ReferralState referral, SessionEntry entry, double hours, string field)
    {
        RequirePlacement(referral, "Hours");
        if (!(hours > 0 && hours <= MaxHoursPerSession) || Math.Abs((hours * 4) - Math.Round(hours * 4)) > 1e-9)
        {
            throw new InvalidInputException(field, $"'{field}' must be more than 0 and at most {MaxHoursPerSession}, in quarter hours (got {hours}).");
        }

        var change = Move(referral, ReferralAction.LogHours);
        var session = ReferralSessions.Hours(Sessions(referral), entry, hours, field);
        if (referral.HoursOrdered is { } ordered && referral.HoursDone + hours > ordered)
        {
            throw new InvalidInputException(field, $"{hours} more hours would exceed the order: {referral.HoursDone} of {ordered} hours are already logged.");
        }

        return change with { HoursAdded = hours, Session = session };
    }

    /// <summary>A placement completes only when every ordered hour is logged; a completion adds the person's tie to what they did.</summary>
    public static ReferralChange Complete(ReferralState referral)
    {
        var change = Move(referral, ReferralAction.Complete);
        if (referral is { TargetKind: ReferralTargetKind.Placement, HoursOrdered: { } ordered } && referral.HoursDone < ordered)
        {
            throw new ConflictException($"Referral '{referral.Id}' has {referral.HoursDone} of {ordered} hours logged; log the rest before completing it.");
        }

        return referral.TargetKind == ReferralTargetKind.Placement
            ? change with { ReleasesPlace = true, Tie = "COMPLETED" }
            : change with { Tie = "ATTENDED" };
    }

    /// <summary>Hours ordered: required for a placement (1 to 300, as an unpaid-work or Immediate Justice order), absent for a service.</summary>
    public static int? ValidateHoursOrdered(ReferralTargetKind kind, int? hours, string field) => (kind, hours) switch
    {
        (ReferralTargetKind.Placement, null) => throw new InvalidInputException(field, $"'{field}' is required for a placement: the hours the order asks for."),
        (ReferralTargetKind.Placement, < 1 or > MaxHoursOrdered) => throw new InvalidInputException(field, $"'{field}' must be between 1 and {MaxHoursOrdered} (got {hours})."),
        (ReferralTargetKind.Service, not null) => throw new InvalidInputException(field, $"'{field}' is only for placements."),
        _ => hours,
    };

    /// <summary>Free text (a note, a reason, an outcome): trimmed, at most <see cref="MaxTextLength"/> characters; null when blank unless required.</summary>
    public static string? ValidateText(string? text, string field, bool required)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? throw new InvalidInputException(field, $"'{field}' is required.") : null;
        }

        return trimmed.Length <= MaxTextLength
            ? trimmed
            : throw new InvalidInputException(field, $"'{field}' must be at most {MaxTextLength} characters (got {trimmed.Length}).");
    }

    private static ReferralChange Move(ReferralState referral, ReferralAction action)
    {
        var (from, to) = Transitions[action];
        return from.Contains(referral.Status)
            ? new ReferralChange(action, referral.Status, to)
            : throw new ConflictException($"Referral '{referral.Id}' is {Describe(referral.Status)}; it cannot be {Past(action)} (only when {string.Join(" or ", from.Select(Describe))}).");
    }

    private static void RequirePlacement(ReferralState referral, string what)
    {
        if (referral.TargetKind != ReferralTargetKind.Placement)
        {
            throw new ConflictException($"{what} is logged for placements; referral '{referral.Id}' is to a service.");
        }

        if (!referral.SafetyBriefed)
        {
            throw new ConflictException($"Record the health-and-safety briefing for referral '{referral.Id}' before its first session.");
        }
    }

    private static SessionFacts Sessions(ReferralState referral) =>
        referral.Sessions ?? throw new InvalidOperationException($"Referral '{referral.Id}' was read without its sessions.");

    private static string Describe(ReferralStatus status) => status switch
    {
        ReferralStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Past(ReferralAction action) => action switch
    {
        ReferralAction.Accept => "accepted",
        ReferralAction.Decline => "declined",
        ReferralAction.LogAttendance => "given attendance",
        ReferralAction.LogHours => "given hours",
        ReferralAction.Complete => "completed",
        _ => "withdrawn",
    };
}
