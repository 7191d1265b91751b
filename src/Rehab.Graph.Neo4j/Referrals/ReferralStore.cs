using System.Globalization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.ImmediateJustice;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Neo4j.Referrals;

/// <summary>A referral an offender manager asks for, validated except against the graph.</summary>
public sealed record NewReferral(string PersonId, ReferralTargetKind TargetKind, string TargetId, IReadOnlyList<string> Needs, string? Note, int? HoursOrdered);

/// <summary>
/// What a caller adds to a new referral's transaction: reads that go with the first round trip (e.g. a case
/// to lock), and writes that go with the commit, decided from those reads and the referral made. Either
/// may throw to abandon the whole transaction. <see cref="Coordinator"/>, for an Immediate Justice booking, is
/// who refers: the case's coordinator, who reaches the person through the case when they do not supervise them.
/// </summary>
public sealed record ReferralExtension(
    IReadOnlyList<CypherStatement> Reads, Func<IReadOnlyList<CypherResult>, CreatedReferral, IReadOnlyList<CypherStatement>> Writes, CaseCoordinator? Coordinator = null);

/// <summary>A referral about to be committed: its id, the time, and the placement when it is to one.</summary>
public sealed record CreatedReferral(string Id, DateTimeOffset At, PlacementListing? Placement);

/// <summary>One workflow step asked for: what to do, and its details.</summary>
public sealed record ReferralStep(string ReferralId, Func<ReferralState, ReferralChange> Decide, string? Note = null, string? Outcome = null, string? Reason = null, DateOnly? SessionDate = null);

/// <summary>
/// Referral writes. Each is one Neo4j transaction of two round trips: the first locks what the
/// change depends on and reads it after the lock, the domain decides, and the second writes, records
/// the audit entry, reads the result back and commits. Concurrent changes to one referral or one
/// placement therefore run one after the other, and a failure leaves nothing written.
/// </summary>
public sealed class ReferralStore(CypherClient cypher, TimeProvider clock, CertificateLinks certificates)
{
    public Task<ReferralRecord> CreateAsync(NewReferral request, Caller caller, CancellationToken cancellationToken, ReferralExtension? extension = null) =>
        cypher.InTransactionAsync(async transaction =>
        {
            // Only an Immediate Justice booking refers as a partner coordinator, and only the person of its case; createReferral stays the offender manager's.
            var referrer = extension?.Coordinator ?? new CaseCoordinator(caller.RequireOffenderManager("refer a person"), null);
            var now = clock.GetUtcNow();
            var personQuery = ConnectorQueries.Person(request.PersonId, referrer.PractitionerId, now.Year, referrer.OrganisationId);
            var supervisionQuery = ConnectorQueries.Supervision(request.PersonId, referrer.PractitionerId, referrer.OrganisationId);
            var targetStatement = request.TargetKind == ReferralTargetKind.Placement
                ? CypherStatement.From("ListingEdits/lock-placement.cypher", new Dictionary<string, object?> { ["id"] = request.TargetId })
                : ListingQueries.ServicesById.Statement([request.TargetId]);
            var open = ReferralQueries.Statement("open-referral", new() { ["personId"] = request.PersonId, ["targetId"] = request.TargetId });
            var referrerName = ReferralQueries.Statement("referrer-name", new() { ["practitionerId"] = referrer.PractitionerId, ["organisationId"] = referrer.OrganisationId });
            var read = await transaction.RunAsync([supervisionQuery.Statement, personQuery.Statement, targetStatement, open, referrerName, .. extension?.Reads ?? []]);

            var person = supervisionQuery.Read(read[0]) switch
            {
                null => throw new NotFoundException("input.personId", $"No person with id '{request.PersonId}'."),
                false => throw new ForbiddenException($"Person '{request.PersonId}' is not on your caseload."),
                true => personQuery.Read(read[1])!,
            };
            var (offer, addresses, placement, title) = Target(request, read[2]);
            if (read[3].Rows.Count > 0)
            {
                throw new ConflictException($"Person '{request.PersonId}' already has an open referral to '{request.TargetId}' ({read[3].Read<string>("id")[0]}).");
            }

            ReferralRules.CheckEligible(person.Profile, offer, request.TargetKind, request.TargetId);
            var needs = ReferralRules.Needs(person.Profile, request.Needs, request.TargetKind, request.TargetId, addresses);
            var id = $"ref-{Guid.CreateVersion7(now):N}";
            var create = ReferralQueries.Statement("create-referral", new()
            {
                ["id"] = id,
                ["practitionerId"] = referrer.PractitionerId,
                ["coordinatorOrganisationId"] = referrer.OrganisationId,
                ["personId"] = request.PersonId,
                ["targetId"] = request.TargetId,
                ["needs"] = needs,
                ["note"] = request.Note,
                ["hoursOrdered"] = request.HoursOrdered,
                ["at"] = AuditTrail.Timestamp(now),
                ["actorRole"] = ReferralQueries.Code(caller.Role),
                ["actorId"] = caller.ActorId,
            });
            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.ReferralCreated, id, $"{request.PersonId} referred to {request.TargetId}"));
            var arrived = Outbox.Outbox.EnqueueForReferral(id, NoticeAudience.Organisation, ReferralNotices.Arrived(id, title, read[4].Single<string?>("name") ?? "A probation practitioner"), now);
            var alongside = extension?.Writes([.. read.Skip(5)], new CreatedReferral(id, now, placement)) ?? [];
            return await CommitAndReadAsync(transaction, id, caller, [create, audit, arrived, .. alongside], referrer.OrganisationId);
        }, cancellationToken);

    public Task<ReferralRecord> ChangeAsync(ReferralStep step, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var (practitionerId, organisationId) = Scope(caller);
            var locked = ReferralQueries.Statement("lock-referral", new()
            {
                ["id"] = step.ReferralId,
                ["practitionerId"] = practitionerId,
                ["organisationId"] = organisationId,
                ["coordinatorOrganisationId"] = caller.Coordinator?.OrganisationId,
                ["sessionDate"] = Date(step.SessionDate),
            });
            var read = await transaction.RunAsync(locked, ReferralQueries.Exists(step.ReferralId).Statement);
            if (read[0].Rows.Count == 0)
            {
                throw read[1].Rows.Count == 0
                    ? new NotFoundException("input.referralId", $"No referral with id '{step.ReferralId}'.")
                    : new ForbiddenException($"Referral '{step.ReferralId}' is not for your organisation or caseload.");
            }

            var row = read[0].Single<LockedReferral>("row");
            var state = row.ToState();
            var change = step.Decide(state);
            var actor = ReferralWorkflow.Actor(change.Action);
            // The person's side of a referral is their offender manager's, or, for an Immediate Justice booking, its coordinator's.
            var mayAct = actor == CallerRole.Partner ? caller.Role == CallerRole.Partner && row.OrganisationId == organisationId : row.Supervised || row.Coordinated;
            if (!mayAct)
            {
                throw new ForbiddenException(actor == CallerRole.Partner
                    ? $"Only the organisation the referral is to may do that to referral '{step.ReferralId}'."
                    : $"Only the person's offender manager, or the coordinator of the case it was booked for, may do that to referral '{step.ReferralId}'.");
            }

            var now = clock.GetUtcNow();
            var apply = ReferralQueries.Statement("change-referral", new()
            {
                ["id"] = step.ReferralId,
                ["status"] = ReferralQueries.Code(change.To),
                ["action"] = ReferralQueries.Code(change.Action),
                ["at"] = AuditTrail.Timestamp(now),
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
                ["sessionDate"] = Date(step.SessionDate),
                ["note"] = step.Note,
                ["outcome"] = step.Outcome,
                ["reason"] = step.Reason,
                ["releasesPlace"] = change.ReleasesPlace,
                ["tie"] = change.Tie,
            });
            var summary = $"{ReferralQueries.Code(change.From)} -> {ReferralQueries.Code(change.To)}"
                + (change.Session?.CorrectionReason is { } correction ? $"; session {Date(step.SessionDate)} recorded by correction: {correction}" : "");
            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.Referral(change.Action), step.ReferralId, summary));
            IReadOnlyList<CypherStatement> caseChanges = (row.CaseId, change.To) switch
            {
                ({ }, ReferralStatus.Completed) => await ImmediateJusticeOutcomes.CompleteAsync(transaction, step.ReferralId, now, certificates),
                ({ }, ReferralStatus.Declined or ReferralStatus.Withdrawn) => await ImmediateJusticeOutcomes.ReleaseAsync(transaction, step.ReferralId, now, change.To == ReferralStatus.Declined),
                _ => [],
            };
            return await CommitAndReadAsync(transaction, step.ReferralId, caller, [apply, audit, .. caseChanges, .. Notices(row, change, step, now)], caller.Coordinator?.OrganisationId);
        }, cancellationToken);

    /// <summary>
    /// What the person's side hears of the organisation's answer and of missed sessions. A declined Immediate Justice booking
    /// tells its coordinator through the case instead (<see cref="ImmediateJusticeOutcomes.ReleaseAsync"/>): it is back in their queue.
    /// </summary>
    private static IEnumerable<CypherStatement> Notices(LockedReferral row, ReferralChange change, ReferralStep step, DateTimeOffset now)
    {
        if (change.Action == ReferralAction.Accept)
        {
            yield return Outbox.Outbox.EnqueueForReferral(row.Id, NoticeAudience.PersonSide, ReferralNotices.Accepted(row.Id, row.PersonDisplayName, row.TargetTitle, row.OrganisationName), now);
        }
        else if (change.Action == ReferralAction.Decline && row.CaseId is null)
        {
            yield return Outbox.Outbox.EnqueueForReferral(
                row.Id, NoticeAudience.PersonSide, ReferralNotices.Declined(row.Id, row.PersonDisplayName, row.TargetTitle, row.OrganisationName, step.Reason), now);
        }
        else if (change.Session is { MissedAdded: 1 } missed)
        {
            yield return Outbox.Outbox.EnqueueForReferral(
                row.Id, NoticeAudience.PersonSide, ReferralNotices.SessionMissed(row.Id, row.PersonDisplayName, row.TargetTitle, missed.Session.Date), now);
        }
    }

    private static (string? PractitionerId, string? OrganisationId) Scope(Caller caller) => caller switch
    {
        { Role: CallerRole.Anonymous } => throw new UnauthenticatedException("Sign in to work on referrals."),
        { Role: CallerRole.OffenderManager, PractitionerId: { } id } => (id, null),
        { Role: CallerRole.Partner, OrganisationId: { } id } => (null, id),
        _ => throw new ForbiddenException("Only offender managers and partner organisations work on referrals."),
    };

    private static (Offer Offer, IReadOnlyList<string> Addresses, PlacementListing? Placement, string Title) Target(NewReferral request, CypherResult result)
    {
        var field = request.TargetKind == ReferralTargetKind.Placement ? "input.placementId" : "input.serviceId";
        var missing = new NotFoundException(field, $"No {request.TargetKind.ToString().ToLowerInvariant()} with id '{request.TargetId}'.");
        if (request.TargetKind == ReferralTargetKind.Placement)
        {
            var placements = ListingQueries.PlacementsById.Read(result, [request.TargetId]);
            return placements.TryGetValue(request.TargetId, out var placement) ? (CommunityConnector.Offer(placement), [], placement, placement.Title) : throw missing;
        }

        var services = ListingQueries.ServicesById.Read(result, [request.TargetId]);
        if (!services.TryGetValue(request.TargetId, out var service))
        {
            throw missing;
        }

        return service.Status == ServiceStatus.Active
            ? (CommunityConnector.Offer(service), [.. service.Needs.Select(n => n.Code)], null, service.Name)
            : throw new ConflictException($"Service '{request.TargetId}' is {service.Status.ToString().ToLowerInvariant()} and takes no referrals.");
    }

    private static async Task<ReferralRecord> CommitAndReadAsync(
        CypherTransaction transaction, string id, Caller caller, IReadOnlyList<CypherStatement> writes, string? coordinatorOrganisationId = null)
    {
        var byId = ReferralQueries.ById(id, caller.PractitionerId, caller.Role == CallerRole.Partner ? caller.OrganisationId : null, coordinatorOrganisationId);
        var results = await transaction.CommitAsync([.. writes, byId.Statement]);
        return byId.Read(results[^1]) ?? throw new InvalidOperationException($"Referral '{id}' was written but cannot be read back.");
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record LockedReferral(
        string Id, string Status, string TargetKind, string TargetId, double? HoursOrdered, double HoursDone, string OrganisationId, bool Supervised, bool Coordinated,
        string? CaseId, bool SafetyBriefed, string AcceptedAt, IReadOnlyList<string> Sessions, LockedSession? Logged, string PersonDisplayName, string TargetTitle,
        string OrganisationName)
    {
        public ReferralState ToState()
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
