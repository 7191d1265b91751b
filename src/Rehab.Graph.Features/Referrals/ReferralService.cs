using Microsoft.Extensions.Options;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings.InMemory;
using Rehab.Graph.Neo4j.Outbox;
using Rehab.Graph.Neo4j.Plans;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Features.Referrals;

/// <summary>
/// Referrals from <c>connect</c> to outcome. Reads are scoped in their statements to the caller's caseload or
/// organisation. Each write is one transaction of two round trips: the first locks what the change depends on and
/// reads it after the lock, the domain decides, and the second writes with its audit entry and notices, reads the
/// result back and commits; a failure leaves nothing written. A completion takes one more, between the two, to count the
/// person's social capital after the tie it makes.
/// </summary>
public sealed class ReferralService(
    CypherClient cypher, ReadBatch reads, TimeProvider clock, IOptions<ReferralOptions> options, IEnumerable<IReferralOutcomeHandler> outcomeHandlers)
{
    private readonly IReferralOutcomeHandler[] _outcomeHandlers = [.. outcomeHandlers];

    /// <summary>One referral of the caller's caseload or to their organisation; null when there is none, FORBIDDEN when it is someone else's.</summary>
    public async Task<ReferralRecord?> ReferralAsync(string id, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.Referral);
        var (practitionerId, organisationId) = Scope(grant);
        var referral = reads.Run(ReferralQueries.ById(id, practitionerId, organisationId));
        var exists = reads.Run(ReferralQueries.Exists(id));
        return await referral.GetResultAsync(cancellationToken)
            ?? (await exists.GetResultAsync(cancellationToken)
                ? throw new ForbiddenException($"Referral '{id}' is not for your organisation or caseload.")
                : null);
    }

    /// <summary>
    /// A referral as the caller reaches it, pending with the response's level so that the referrals of many plan steps
    /// go to Neo4j in one request; null when there is none or it is not theirs to read.
    /// </summary>
    public PendingRead<ReferralRecord?> ReachedReferral(string id, Caller caller)
    {
        var (practitionerId, organisationId) = Scope(caller.Require(AccessPolicy.Referral));
        return reads.Run(ReferralQueries.ById(id, practitionerId, organisationId));
    }

    /// <summary>
    /// The caller's referrals, newest first; with <paramref name="needsAttention"/>, only the open ones with a reason in their
    /// attention list. Attention is the domain's to compute, so those are read whole, in the same one statement, and paged here.
    /// </summary>
    public PendingRead<Page<ReferralRecord>> Referrals(ReferralStatus? status, bool needsAttention, PageRequest page, Caller caller)
    {
        var scope = Scope(caller.Require(AccessPolicy.Referrals));
        if (!needsAttention)
        {
            return reads.Run(Query(scope, status, page, openOnly: false));
        }

        var now = clock.GetUtcNow();
        var open = Query(scope, status, new PageRequest(int.MaxValue, 0), openOnly: true);
        return reads.Run(open with
        {
            Read = result =>
            {
                var flagged = open.Read(result).Items.Where(r => Attention(r, now).Count > 0).ToList();
                return new Page<ReferralRecord>([.. flagged.Skip(page.Offset).Take(page.First)], flagged.Count, page.Offset);
            },
        });
    }

    /// <summary>The referrals of one person on the caller's caseload, newest first.</summary>
    public PendingRead<Page<ReferralRecord>> ReferralsOf(string personId, ReferralStatus? status, PageRequest page, Caller caller) =>
        reads.Run(ReferralQueries.ForPractitioner(caller.Require(AccessPolicy.Person).PractitionerId, status, [personId], page));

    /// <summary>The signed-in person's own referrals, newest first.</summary>
    public PendingRead<IReadOnlyList<OwnReferral>> OwnReferrals(Caller caller) =>
        reads.Run(ReferralQueries.Own(caller.Require(AccessPolicy.Me).Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person.")));

    /// <summary>When the person's next session at a placement starts, once the referral is accepted; null otherwise.</summary>
    public DateTimeOffset? NextSession(OwnReferral referral) =>
        referral is { TargetKind: ReferralTargetKind.Placement, Status: ReferralStatus.Accepted or ReferralStatus.InProgress }
            ? SessionSchedule.Parse(referral.PlacementSessions, "sessions").NextStart(clock.GetUtcNow())
            : null;

    /// <summary>Why to look at a referral now; empty when it is on track.</summary>
    public IReadOnlyList<string> Attention(ReferralRecord referral) => Attention(referral, clock.GetUtcNow());

    /// <summary>Refers a person on the caller's caseload to a service or a placement; a placement referral holds one of its places at once.</summary>
    public Task<ReferralRecord> CreateAsync(ReferralRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var referrer = new CaseCoordinator(caller.Require(AccessPolicy.CreateReferral).PractitionerId, null);
        return CreateAsync(Validated(request), caller, referrer, null, cancellationToken);
    }

    /// <summary>
    /// A referral made as part of another feature's operation, which has checked the caller's access for it: e.g. an
    /// Immediate Justice booking, referred by the case's coordinator, who reaches the person through the case.
    /// </summary>
    public Task<ReferralRecord> CreateForAsync(NewReferral request, Caller caller, ReferralExtension extension, CancellationToken cancellationToken) =>
        CreateAsync(request, caller, extension.Referrer, extension, cancellationToken);

    /// <summary>The organisation referred to accepts a pending referral.</summary>
    public Task<ReferralRecord> AcceptAsync(string referralId, string? note, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.AcceptReferral, referralId, caller, () => new(ReferralWorkflow.Accept, new(Note: Text(note, "input.note", required: false))), cancellationToken);

    /// <summary>The organisation referred to declines a pending referral; a placement's place is given back.</summary>
    public Task<ReferralRecord> DeclineAsync(string referralId, string? reason, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.DeclineReferral, referralId, caller, () => new(ReferralWorkflow.Decline, new(Reason: Text(reason, "input.reason", required: true))), cancellationToken);

    /// <summary>The placement records a scheduled session attended or missed; each session is recorded once.</summary>
    public Task<ReferralRecord> LogAttendanceAsync(
        string referralId, DateOnly date, bool attended, string? note, string? correctionReason, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.LogAttendance, referralId, caller, () =>
        {
            var session = Session(date, correctionReason);
            return new(s => ReferralWorkflow.LogAttendance(s, session, attended), new(Note: Text(note, "input.note", required: false), SessionDate: date));
        }, cancellationToken);

    /// <summary>The placement records hours worked at a session that has started.</summary>
    public Task<ReferralRecord> LogHoursAsync(
        string referralId, DateOnly date, double hours, string? note, string? correctionReason, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.LogHours, referralId, caller, () =>
        {
            var session = Session(date, correctionReason);
            return new(s => ReferralWorkflow.LogHours(s, session, hours, "input.hours"), new(Note: Text(note, "input.note", required: false), SessionDate: date));
        }, cancellationToken);

    /// <summary>The organisation records the outcome; the person's network gains the tie.</summary>
    public Task<ReferralRecord> CompleteAsync(string referralId, string? outcome, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.CompleteReferral, referralId, caller, () => new(ReferralWorkflow.Complete, new(Outcome: Text(outcome, "input.outcome", required: true))), cancellationToken);

    /// <summary>The person's side withdraws an open referral; a placement's place is given back.</summary>
    public Task<ReferralRecord> WithdrawAsync(string referralId, string? reason, Caller caller, CancellationToken cancellationToken) =>
        StepAsync(AccessPolicy.WithdrawReferral, referralId, caller, () => new(ReferralWorkflow.Withdraw, new(Reason: Text(reason, "input.reason", required: true))), cancellationToken);

    /// <summary>A workflow step: who may take it is checked first, then its input, then the referral as locked.</summary>
    private Task<ReferralRecord> StepAsync(Permission permission, string referralId, Caller caller, Func<ReferralStep> validated, CancellationToken cancellationToken)
    {
        var grant = caller.Require(permission);
        Ids.Require(referralId, Ids.Referral, "input.referralId");
        var step = validated();
        return cypher.InTransactionAsync(async transaction =>
        {
            var (practitionerId, organisationId) = Scope(grant);
            var lockQuery = ReferralWrites.Lock(referralId, practitionerId, organisationId, caller.Coordinator?.OrganisationId, step.Details.SessionDate);
            var exists = ReferralQueries.Exists(referralId);
            var read = await transaction.RunAsync([lockQuery.Statement, exists.Statement, .. _outcomeHandlers.Select(h => h.Read(referralId))]);
            var referral = lockQuery.Read(read[0]) ?? throw (exists.Read(read[1])
                ? new ForbiddenException($"Referral '{referralId}' is not for your organisation or caseload.")
                : new NotFoundException("input.referralId", $"No referral with id '{referralId}'."));
            var change = step.Decide(referral.State);
            if (!Reaches(grant, referral))
            {
                throw new ForbiddenException(grant.Reach == Reach.OwnOrganisation
                    ? $"Only the organisation the referral is to may do that to referral '{referralId}'."
                    : $"Only the person's offender manager, or the coordinator of the case it was booked for, may do that to referral '{referralId}'.");
            }

            var now = clock.GetUtcNow();
            var summary = $"{EnumCode(change.From)} -> {EnumCode(change.To)}"
                + (change.Session?.CorrectionReason is { } correction ? $"; session {ReferralWrites.Date(step.Details.SessionDate)} recorded by correction: {correction}" : "");
            var outcome = new ReferralOutcome(referralId, change.To, now);
            var handled = change.To is ReferralStatus.Completed or ReferralStatus.Declined or ReferralStatus.Withdrawn
                ? [.. _outcomeHandlers.Select((h, i) => h.Handle(read[2 + i], outcome))]
                : Array.Empty<ReferralOutcomeWrites>();
            IReadOnlyList<CypherStatement> writes =
            [
                ReferralWrites.Change(referralId, change, step.Details, now, caller),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.Referral(change.Action), referralId, summary)),
                .. handled.SelectMany(h => h.Writes),
                .. Notices(referral, change, step.Details, now, tellsPersonSide: !handled.Any(h => h.TellsPersonSide)),
                // A place given back shows in every hub's directory.
                .. change.ReleasesPlace ? [DirectoryStatements.Touch(placements: [referral.TargetId])] : Array.Empty<CypherStatement>(),
            ];
            if (change.To == ReferralStatus.Completed)
            {
                writes = [await SnapshotAfterAsync(transaction, writes, referral.PersonId, referralId, now)];
            }

            return await ReferralWrites.CommitAndReadAsync(transaction, writes, ReadBack(referralId, caller, caller.Coordinator?.OrganisationId));
        }, cancellationToken);
    }

    /// <summary>
    /// A completion joins the person's social capital history, counted as a review counts it (the same statement and
    /// <see cref="SocialCapital.Of"/>) but after the tie the completion makes: so <paramref name="writes"/> go first, in one
    /// more round trip, with the person's network read after them. The count is the hub's own record, never shown to the
    /// partner completing the referral, whose reach the referral's lock has already checked.
    /// </summary>
    private static async Task<CypherStatement> SnapshotAfterAsync(
        CypherTransaction transaction, IReadOnlyList<CypherStatement> writes, string personId, string referralId, DateTimeOffset now)
    {
        var person = ConnectorQueries.Person(personId, null, now.Year, selfId: personId);
        var results = await transaction.RunAsync([.. writes, person.Statement]);
        var capital = SocialCapital.Of(person.Read(results[^1])!.Network, []);
        return PlanWrites.RecordSnapshot(personId, SocialCapitalSnapshot.Of(capital, now, SnapshotOccasion.ReferralCompleted, referralId));
    }

    private Task<ReferralRecord> CreateAsync(NewReferral request, Caller caller, CaseCoordinator referrer, ReferralExtension? extension, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var supervision = ConnectorQueries.Supervision(request.PersonId, referrer.PractitionerId, referrer.OrganisationId);
            var person = ConnectorQueries.Person(request.PersonId, referrer.PractitionerId, now.Year, referrer.OrganisationId);
            var target = ReferralWrites.Target(request.TargetKind, request.TargetId);
            var open = ReferralWrites.OpenReferral(request.PersonId, request.TargetId);
            var referrerName = ReferralWrites.ReferrerName(referrer.PractitionerId, referrer.OrganisationId);
            var read = await transaction.RunAsync(
                [supervision.Statement, person.Statement, target.Statement, open.Statement, referrerName.Statement, .. extension?.Reads ?? []]);

            var stored = supervision.Read(read[0]) switch
            {
                null => throw new NotFoundException("input.personId", $"No person with id '{request.PersonId}'."),
                false => throw new ForbiddenException($"Person '{request.PersonId}' is not on your caseload."),
                true => person.Read(read[1])!,
            };
            var (offer, addresses, placement, title) = Offered(request, target.Read(read[2]));
            if (open.Read(read[3]) is { } openId)
            {
                throw new ConflictException($"Person '{request.PersonId}' already has an open referral to '{request.TargetId}' ({openId}).");
            }

            ReferralRules.CheckEligible(stored.Profile, offer, request.TargetKind, request.TargetId);
            var needs = ReferralRules.Needs(stored.Profile, request.Needs, request.TargetKind, request.TargetId, addresses, request.GoalNeeds);
            var id = $"ref-{Guid.CreateVersion7(now):N}";
            IReadOnlyList<CypherStatement> writes =
            [
                ReferralWrites.Create(id, referrer, request.PersonId, request.TargetId, needs, request.Note, request.HoursOrdered, now, caller),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.ReferralCreated, id, $"{request.PersonId} referred to {request.TargetId}")),
                OutboxWrites.EnqueueForReferral(id, NoticeAudience.Organisation, ReferralNotices.Arrived(id, title, referrerName.Read(read[4]) ?? "A probation practitioner"), now),
                .. extension?.Writes([.. read.Skip(5)], new CreatedReferral(id, now, placement)) ?? [],
                // A place taken shows in every hub's directory.
                .. placement is null ? Array.Empty<CypherStatement>() : [DirectoryStatements.Touch(placements: [placement.Id])],
            ];
            return await ReferralWrites.CommitAndReadAsync(transaction, writes, ReadBack(id, caller, referrer.OrganisationId));
        }, cancellationToken);

    private static NewReferral Validated(ReferralRequest request)
    {
        var personId = Ids.Require(request.PersonId, Ids.Person, "input.personId");
        var (kind, targetId) = (request.ServiceId, request.PlacementId) switch
        {
            ({ } service, null) => (ReferralTargetKind.Service, Ids.Require(service, Ids.Service, "input.serviceId")),
            (null, { } placement) => (ReferralTargetKind.Placement, Ids.Require(placement, Ids.Placement, "input.placementId")),
            _ => throw new InvalidInputException("input", "'input' needs exactly one of 'serviceId' or 'placementId'."),
        };
        return new NewReferral(
            personId,
            kind,
            targetId,
            NeedCodes.Validate(request.Needs, "input.needs"),
            Text(request.Note, "input.note", required: false),
            ReferralWorkflow.ValidateHoursOrdered(kind, request.HoursOrdered, "input.hoursOrdered"));
    }

    private static string? Text(string? text, string field, bool required) => ReferralWorkflow.ValidateText(text, field, required);

    /// <summary>The session a step is recorded against.</summary>
    private SessionEntry Session(DateOnly date, string? correctionReason) =>
        new(date, clock.GetUtcNow(), Text(correctionReason, "input.correctionReason", required: false));

    /// <summary>Whether the locked referral is within the grant's reach: the organisation's own, the person supervised, the case coordinated.</summary>
    private static bool Reaches(Grant grant, LockedReferral referral) => grant.Reach switch
    {
        Reach.OwnOrganisation => referral.OrganisationId == grant.OrganisationId,
        Reach.Caseload => referral.Supervised,
        Reach.CoordinatedCases => referral.Coordinated,
        _ => false,
    };

    /// <summary>
    /// What the person's side hears of the organisation's answer and of missed sessions, unless a feature the referral was
    /// made for tells them itself (an Immediate Justice booking declined goes back to its coordinator's queue).
    /// </summary>
    private static IEnumerable<CypherStatement> Notices(LockedReferral referral, ReferralChange change, ReferralChangeDetails details, DateTimeOffset now, bool tellsPersonSide)
    {
        var id = referral.State.Id;
        if (change.Action == ReferralAction.Accept)
        {
            yield return OutboxWrites.EnqueueForReferral(id, NoticeAudience.PersonSide, ReferralNotices.Accepted(id, referral.PersonDisplayName, referral.TargetTitle, referral.OrganisationName), now);
            foreach (var message in ToPerson(referral, now))
            {
                yield return message;
            }
        }
        else if (change.Action == ReferralAction.Decline && tellsPersonSide)
        {
            yield return OutboxWrites.EnqueueForReferral(
                id, NoticeAudience.PersonSide, ReferralNotices.Declined(id, referral.PersonDisplayName, referral.TargetTitle, referral.OrganisationName, details.Reason), now);
        }
        else if (change.Session is { MissedAdded: 1 } missed)
        {
            yield return OutboxWrites.EnqueueForReferral(
                id, NoticeAudience.PersonSide, ReferralNotices.SessionMissed(id, referral.PersonDisplayName, referral.TargetTitle, missed.Session.Date), now);
        }
    }

    /// <summary>
    /// The person's own messages when their referral is accepted, on the channels they chose: where to go, when the first
    /// session is, and whom to call. None without contact details, and none for an Immediate Justice booking, whose
    /// booking message has already told them where and when.
    /// </summary>
    private static IEnumerable<CypherStatement> ToPerson(LockedReferral referral, DateTimeOffset now)
    {
        if (referral.ImmediateJustice || referral.PersonContact is not { } contact)
        {
            return [];
        }

        var schedule = referral.State.Sessions?.Schedule ?? [];
        var notice = PersonNotices.Accepted(
            referral.TargetTitle, referral.OrganisationName, referral.TargetAddress, referral.TargetContact, schedule, new SessionSchedule(schedule).NextStart(now));
        return contact.Channels().Select(c => OutboxWrites.Enqueue(c.Channel, c.Recipient, notice, now));
    }

    private static (Offer Offer, IReadOnlyList<string> Addresses, PlacementListing? Placement, string Title) Offered(NewReferral request, ReferralTarget? target)
    {
        var field = request.TargetKind == ReferralTargetKind.Placement ? "input.placementId" : "input.serviceId";
        switch (target)
        {
            case { Placement: { } placement }:
                return (CommunityConnector.Offer(placement), [], placement, placement.Title);
            case { Service: { Status: ServiceStatus.Active } service }:
                return (CommunityConnector.Offer(service), [.. service.Needs.Select(n => n.Code)], null, service.Name);
            case { Service: { } service }:
                throw new ConflictException($"Service '{request.TargetId}' is {service.Status.ToString().ToLowerInvariant()} and takes no referrals.");
            default:
                throw new NotFoundException(field, $"No {request.TargetKind.ToString().ToLowerInvariant()} with id '{request.TargetId}'.");
        }
    }

    private static (string? PractitionerId, string? OrganisationId) Scope(Grant grant) => grant.Actor switch
    {
        Actor.OffenderManager => (grant.PractitionerId, null),
        _ => (null, grant.OrganisationId),
    };

    private static CypherQuery<Page<ReferralRecord>> Query((string? PractitionerId, string? OrganisationId) scope, ReferralStatus? status, PageRequest page, bool openOnly) =>
        scope.PractitionerId is { } practitionerId
            ? ReferralQueries.ForPractitioner(practitionerId, status, null, page, openOnly)
            : ReferralQueries.ForOrganisation(scope.OrganisationId!, status, page, openOnly);

    private static CypherQuery<ReferralRecord?> ReadBack(string id, Caller caller, string? coordinatorOrganisationId) =>
        ReferralQueries.ById(id, caller.PractitionerId, caller.Role == CallerRole.Partner ? caller.OrganisationId : null, coordinatorOrganisationId);

    private IReadOnlyList<string> Attention(ReferralRecord referral, DateTimeOffset now) => ReferralAttention.Reasons(referral, now, options.Value.ResponseWorkingDays);

    private static string EnumCode<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumCodes.ToCode(value);
}
