using System.Globalization;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Listings;

namespace Rehab.Graph.Neo4j.Referrals;

/// <summary>A referral about to be committed: its id, the time, and the placement when it is to one.</summary>
public sealed record CreatedReferral(string Id, DateTimeOffset At, PlacementListing? Placement);

/// <summary>What a workflow step records beside the change itself: the note, outcome or reason given, and the session it is for.</summary>
public sealed record ReferralChangeDetails(string? Note = null, string? Outcome = null, string? Reason = null, DateOnly? SessionDate = null);

/// <summary>What a referral's target is, as read for a new referral: a service, or a placement locked for its places.</summary>
public sealed record ReferralTarget(ServiceListing? Service, PlacementListing? Placement);

/// <summary>
/// A referral as locked for a change: its state for the workflow, whether the caller reaches it as the person's offender
/// manager (<see cref="Supervised"/>) or as the coordinating organisation of the case it was booked for
/// (<see cref="Coordinated"/>), and what its notices need: the names, where the target is and whom the person calls there,
/// the person's own contact details, and whether it was booked for an Immediate Justice case (<see cref="ImmediateJustice"/>).
/// </summary>
public sealed record LockedReferral(
    ReferralState State, string OrganisationId, bool Supervised, bool Coordinated, string PersonId, string PersonDisplayName, string TargetTitle, string OrganisationName,
    bool ImmediateJustice = false, Address? TargetAddress = null, Contact? TargetContact = null, PersonContact? PersonContact = null)
{
    /// <summary>The service or placement the referral is to.</summary>
    public required string TargetId { get; init; }
}

/// <summary>
/// The statements of referral writes. Each write is one transaction of two round trips: the first locks what the
/// change depends on and reads it after the lock, the feature decides, and the second writes, records the audit entry,
/// reads the result back and commits, so concurrent changes to one referral or one placement run one after the other.
/// </summary>
public static class ReferralWrites
{
    /// <summary>The target of a new referral; a placement is locked, so two referrals cannot take its last place.</summary>
    public static CypherQuery<ReferralTarget?> Target(ReferralTargetKind kind, string targetId) => kind == ReferralTargetKind.Placement
        ? new(
            CypherStatement.From("ListingEdits/lock-placement.cypher", new Dictionary<string, object?> { ["id"] = targetId }) with { ReadsUnderLock = true },
            result => ListingQueries.PlacementsById.Read(result, [targetId]).TryGetValue(targetId, out var placement) ? new ReferralTarget(null, placement) : null)
        : new(
            ListingQueries.ServicesById.Statement([targetId]),
            result => ListingQueries.ServicesById.Read(result, [targetId]).TryGetValue(targetId, out var service) ? new ReferralTarget(service, null) : null);

    /// <summary>The id of the person's open referral to the target, if they have one.</summary>
    public static CypherQuery<string?> OpenReferral(string personId, string targetId) => new(
        ReferralQueries.Statement("open-referral", new() { ["personId"] = personId, ["targetId"] = targetId }),
        result => result.Rows.Count > 0 ? result.Read<string>("id")[0] : null);

    /// <summary>How the referrer signs a referral: the practitioner's name, or the coordinating organisation's.</summary>
    public static CypherQuery<string?> ReferrerName(string? practitionerId, string? organisationId) => new(
        ReferralQueries.Statement("referrer-name", new() { ["practitionerId"] = practitionerId, ["organisationId"] = organisationId }),
        result => result.Single<string?>("name"));

    public static CypherStatement Create(
        string id, CaseCoordinator referrer, string personId, string targetId, IReadOnlyList<string> needs, string? note, int? hoursOrdered, DateTimeOffset at, Caller caller) =>
        ReferralQueries.Statement("create-referral", new()
        {
            ["id"] = id,
            ["practitionerId"] = referrer.PractitionerId,
            ["coordinatorOrganisationId"] = referrer.OrganisationId,
            ["personId"] = personId,
            ["targetId"] = targetId,
            ["needs"] = needs,
            ["note"] = note,
            ["hoursOrdered"] = hoursOrdered,
            ["at"] = AuditTrail.Timestamp(at),
            ["actorRole"] = ReferralQueries.Code(caller.Role),
            ["actorId"] = caller.ActorId,
        });

    /// <summary>The referral locked, for its offender manager, the organisation it is to, or the organisation coordinating its case; null for anyone else.</summary>
    public static CypherQuery<LockedReferral?> Lock(string id, string? practitionerId, string? organisationId, string? coordinatorOrganisationId, DateOnly? sessionDate) => new(
        ReferralQueries.Statement("lock-referral", new()
        {
            ["id"] = id,
            ["practitionerId"] = practitionerId,
            ["organisationId"] = organisationId,
            ["coordinatorOrganisationId"] = coordinatorOrganisationId,
            ["sessionDate"] = Date(sessionDate),
        }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<LockedRow>("row").ToLocked());

    /// <summary>A workflow step applied: the new status, hours and session, the event in the referral's history, a place given back, a tie added.</summary>
    public static CypherStatement Change(string id, ReferralChange change, ReferralChangeDetails details, DateTimeOffset at, Caller caller) =>
        ReferralQueries.Statement("change-referral", new()
        {
            ["id"] = id,
            ["status"] = ReferralQueries.Code(change.To),
            ["action"] = ReferralQueries.Code(change.Action),
            ["at"] = AuditTrail.Timestamp(at),
            ["actorRole"] = ReferralQueries.Code(caller.Role),
            ["actorId"] = caller.ActorId,
            ["hoursAdded"] = change.HoursAdded,
            ["hours"] = change.HoursAdded > 0 ? change.HoursAdded : null,
            ["attended"] = change.Attended,
            ["attendedAdded"] = change.Session?.AttendedAdded ?? 0,
            ["missedAdded"] = change.Session?.MissedAdded ?? 0,
            ["session"] = change.Session is { Session: var session }
                ? new Dictionary<string, object?> { ["date"] = Date(session.Date), ["attended"] = session.Attended, ["attendanceRecorded"] = session.AttendanceRecorded, ["hours"] = session.Hours }
                : null,
            ["correctionReason"] = change.Session?.CorrectionReason,
            ["sessionDate"] = Date(details.SessionDate),
            ["note"] = details.Note,
            ["outcome"] = details.Outcome,
            ["reason"] = details.Reason,
            ["releasesPlace"] = change.ReleasesPlace,
            ["tie"] = change.Tie,
        });

    /// <summary>Commits <paramref name="writes"/> and reads the referral back in the same request, as <paramref name="readBack"/> sees it.</summary>
    public static async Task<ReferralRecord> CommitAndReadAsync(CypherTransaction transaction, IReadOnlyList<CypherStatement> writes, CypherQuery<ReferralRecord?> readBack)
    {
        var results = await transaction.CommitAsync([.. writes, readBack.Statement]);
        return readBack.Read(results[^1]) ?? throw new InvalidOperationException("A referral was written but cannot be read back.");
    }

    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record LockedRow(
        string Id, string Status, string TargetKind, string TargetId, double? HoursOrdered, double HoursDone, string OrganisationId, bool Supervised, bool Coordinated,
        bool SafetyBriefed, string AcceptedAt, IReadOnlyList<string> Sessions, LockedSession? Logged, string PersonId, string PersonDisplayName, string TargetTitle,
        string OrganisationName, bool ImmediateJustice, Address TargetAddress, Contact TargetContact, PersonContact? PersonContact)
    {
        public LockedReferral ToLocked() => new(
            ToState(), OrganisationId, Supervised, Coordinated, PersonId, PersonDisplayName, TargetTitle, OrganisationName, ImmediateJustice,
            Address.From(TargetAddress.Lines, TargetAddress.Town, TargetAddress.Postcode),
            Contact.From(TargetContact.Name, TargetContact.Email, TargetContact.Phone, TargetContact.Url),
            PersonContact)
        {
            TargetId = TargetId,
        };

        private ReferralState ToState()
        {
            var kind = Domain.Taxonomy.EnumCodes.Parse<ReferralTargetKind>(TargetKind);
            var sessions = kind == ReferralTargetKind.Placement
                ? new SessionFacts(
                    TargetId,
                    DateTimeOffset.Parse(AcceptedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                    SessionSchedule.Parse(Sessions, "sessions").Sessions,
                    Logged is { } l ? new LoggedSession(ParseDate(l.Date), l.Attended, l.AttendanceRecorded, l.Hours) : null)
                : null;
            return new(Id, Domain.Taxonomy.EnumCodes.Parse<ReferralStatus>(Status), kind, HoursOrdered, HoursDone, SafetyBriefed, sessions);
        }
    }

    private sealed record LockedSession(string Date, bool Attended, bool AttendanceRecorded, double Hours);
}
