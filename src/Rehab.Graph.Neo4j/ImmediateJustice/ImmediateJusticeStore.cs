using System.Globalization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Neo4j.ImmediateJustice;

/// <summary>A referral for Immediate Justice, validated: the person, how to reach them, and the offence and hours.</summary>
public sealed record NewCase(
    string DisplayName, Gender Gender, int? BirthYear, GeoPoint Home, IReadOnlyList<string> Languages, ContactDetails Contact,
    string OffenceSummary, int Hours, string ReferrerEmail);

/// <summary>
/// The Immediate Justice route's writes and reads. Each write is one transaction that locks the case,
/// checks the step against the route, and commits the change with its audit entry (and, for a booking,
/// the placement referral and the messages telling the person where and when).
/// </summary>
public sealed class ImmediateJusticeStore(CypherClient cypher, ReferralStore referrals, TimeProvider clock)
{
    public Task<ImmediateJusticeCase> ReferAsync(NewCase request, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var organisationId = caller switch
            {
                { Role: CallerRole.Anonymous } => throw new UnauthenticatedException("Sign in as a referring agency to refer for Immediate Justice."),
                { Role: CallerRole.Referrer, OrganisationId: { } id } => id,
                _ => throw new ForbiddenException("Only referring agencies (police and others) refer for Immediate Justice."),
            };
            var now = clock.GetUtcNow();
            var caseId = $"ijc-{Guid.CreateVersion7(now):N}";
            var create = Statement("create-case", new()
            {
                ["id"] = caseId,
                ["organisationId"] = organisationId,
                ["personId"] = $"per-{Guid.CreateVersion7(now):N}",
                ["displayName"] = request.DisplayName,
                ["gender"] = EnumCodes.ToCode(request.Gender),
                ["birthYear"] = request.BirthYear,
                ["homeLat"] = request.Home.Latitude,
                ["homeLon"] = request.Home.Longitude,
                ["languages"] = request.Languages,
                ["email"] = request.Contact.Email,
                ["phone"] = request.Contact.Phone,
                ["postalAddress"] = request.Contact.PostalAddress,
                ["referrerEmail"] = request.ReferrerEmail,
                ["offenceSummary"] = request.OffenceSummary,
                ["hours"] = request.Hours,
                ["referredAt"] = AuditTrail.Timestamp(now),
            });
            var created = (await transaction.RunAsync(create))[0];
            if (created.Rows.Count == 0)
            {
                throw new ForbiddenException($"Your organisation '{organisationId}' is not known to the hub.");
            }

            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.CaseReferred, caseId, $"{request.Hours} hours"));
            var waiting = Outbox.Outbox.EnqueueForProbation(
                CaseNotices.Waiting(caseId, request.Hours, ImmediateJusticeRules.ContactDueBy(now), ImmediateJusticeRules.DueBy(now)), now);
            var byId = ById(caseId, null, organisationId);
            var results = await transaction.CommitAsync(audit, waiting, byId.Statement);
            return byId.Read(results[^1])!;
        }, cancellationToken);

    public Task<ImmediateJusticeCase> TakeAsync(string caseId, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, requireCoordinator: false, (@case, coordinator, now) =>
        {
            if (@case.CoordinatorId is not null)
            {
                throw new ConflictException($"Case '{caseId}' is already yours.");
            }

            var take = coordinator.PractitionerId is { } practitionerId
                ? Statement("take-case", new() { ["id"] = caseId, ["practitionerId"] = practitionerId })
                : Statement("take-case-for-organisation", new() { ["id"] = caseId, ["organisationId"] = coordinator.OrganisationId });
            return ([take, TellReferrer(@case, CaseStep.Taken, now)], AuditActions.CaseTaken, null);
        }, cancellationToken);

    public Task<ImmediateJusticeCase> RecordContactAsync(string caseId, string? note, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, requireCoordinator: true, (@case, _, now) =>
        {
            var status = ImmediateJusticeRules.Advance(@case, CaseStatus.Contacted);
            var update = Update(caseId, new() { ["status"] = EnumCodes.ToCode(status), ["contactedAt"] = AuditTrail.Timestamp(now), ["contactNote"] = note });
            return ([update, .. TellReferrerOnce(@case, status, CaseStep.Contacted, now)], AuditActions.CaseContacted, note);
        }, cancellationToken);

    public Task<ImmediateJusticeCase> RecordRiskAssessmentAsync(string caseId, RiskLevel riskOfHarm, IReadOnlyList<string> riskFlags, string? note, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, requireCoordinator: true, (@case, _, now) =>
        {
            var status = ImmediateJusticeRules.Advance(@case, CaseStatus.Assessed);
            var changes = new Dictionary<string, object?> { ["status"] = EnumCodes.ToCode(status), ["assessedAt"] = AuditTrail.Timestamp(now), ["assessmentNote"] = note };
            return ([Update(caseId, changes, EnumCodes.ToCode(riskOfHarm), riskFlags), .. TellReferrerOnce(@case, status, CaseStep.Assessed, now)], AuditActions.CaseAssessed, $"{EnumCodes.ToCode(riskOfHarm)}; flags: {string.Join(", ", riskFlags)}");
        }, cancellationToken);

    public Task<ImmediateJusticeCase> RecordSafetyBriefingAsync(string caseId, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, requireCoordinator: true, (@case, _, now) => @case.Status == CaseStatus.Booked && @case.BriefedAt is null
            ? ([Update(caseId, new() { ["briefedAt"] = AuditTrail.Timestamp(now) })], AuditActions.CaseBriefed, null)
            : throw new ConflictException($"Case '{caseId}' is {@case.Status.ToString().ToLowerInvariant()}{(@case.BriefedAt is null ? "" : " and already briefed")}: the briefing is recorded once, after booking and before the first session."),
            cancellationToken);

    /// <summary>
    /// Books a placement for the case: a referral for the case's hours, made under the connector's hard
    /// rules and the placement's capacity lock, in the same transaction as the case update and the
    /// messages telling the person where and when.
    /// </summary>
    public async Task<ImmediateJusticeCase> BookAsync(string caseId, string placementId, Caller caller, CancellationToken cancellationToken)
    {
        var coordinator = caller.RequireCoordinator("book a placement for an Immediate Justice case");
        var lockCase = LockStatement(caseId, coordinator);
        var extension = new ReferralExtension([lockCase, Exists(caseId)], (reads, created) =>
        {
            var @case = Locked(reads[0], reads[1], caseId, coordinator, requireCoordinator: true);
            ImmediateJusticeRules.Advance(@case, CaseStatus.Booked);
            var contact = reads[0].Single<CaseContactRow>("row");
            var placement = created.Placement!;
            NearHome(new GeoPoint(contact.HomeLat, contact.HomeLon), placement);
            var firstSession = SessionSchedule.Parse(placement.Sessions, "sessions").NextStart(created.At);
            var visit = new PlacementVisit(
                placement.Title, placement.Organisation.Name, placement.Address?.OnOneLine(), placement.MeetingPoint, placement.Contact?.Name, placement.Contact?.Phone);
            var booking = CaseNotices.Booking(firstSession, visit, @case.Hours);
            return
            [
                Statement("book-case", new()
                {
                    ["id"] = caseId,
                    ["referralId"] = created.Id,
                    ["changes"] = new Dictionary<string, object?>
                    {
                        ["status"] = EnumCodes.ToCode(CaseStatus.Booked),
                        ["bookedAt"] = AuditTrail.Timestamp(created.At),
                        ["firstSessionAt"] = firstSession is { } s ? AuditTrail.Timestamp(s) : null,
                    },
                }),
                TellReferrer(@case, CaseStep.Booked, created.At),
                AuditTrail.Record(AuditEntry.For(caller, created.At, AuditActions.CaseBooked, caseId, $"{placementId}, first session {firstSession?.ToString("u", CultureInfo.InvariantCulture) ?? "to be confirmed"}")),
                .. new ContactDetails(contact.Email, contact.Phone, contact.PostalAddress).Channels().Select(c => Outbox.Outbox.Enqueue(c.Channel, c.Recipient, booking, created.At)),
            ];
        }, coordinator);

        // The person and hours come first, to make the referral; the case is then locked and checked in the referral's own transaction.
        var found = await cypher.QueryAsync(ById(caseId, coordinator, null), cancellationToken);
        if (found is null)
        {
            // Someone else's case, or none: told apart as the other steps tell them apart, at the cost of one more read on this failure path only.
            throw await cypher.QueryAsync(CaseExists(caseId), cancellationToken)
                ? new ForbiddenException($"Case '{caseId}' is coordinated by someone else.")
                : new NotFoundException("input.caseId", $"No case with id '{caseId}'.");
        }

        await referrals.CreateAsync(
            new NewReferral(found.PersonId, ReferralTargetKind.Placement, placementId, [], $"Immediate Justice case {caseId}", found.Hours), caller, cancellationToken, extension);
        return (await cypher.QueryAsync(ById(caseId, coordinator, null), cancellationToken))!;
    }

    /// <summary>One case, for <paramref name="coordinator"/> when it is theirs or unassigned, or for the organisation that referred it.</summary>
    public static CypherQuery<ImmediateJusticeCase?> ById(string caseId, CaseCoordinator? coordinator, string? referrerOrganisationId) => new(
        Statement("case-by-id", Scope(new() { ["id"] = caseId, ["organisationId"] = referrerOrganisationId }, coordinator)),
        result => result.Rows.Count == 0 ? null : result.Single<CaseRow>("row").ToCase());

    /// <summary>An organisation's referred cases, or a coordinator's queue (unassigned and their own), oldest first.</summary>
    public static CypherQuery<IReadOnlyList<ImmediateJusticeCase>> Cases(CaseCoordinator? coordinator, string? referrerOrganisationId) => new(
        Statement("cases", Scope(new() { ["organisationId"] = referrerOrganisationId }, coordinator)),
        result => [.. result.Single<IReadOnlyList<CaseRow>>("cases").Select(r => r.ToCase())]);

    public static CypherQuery<bool> CaseExists(string caseId) => new(Exists(caseId), result => result.Rows.Count > 0);

    private async Task<ImmediateJusticeCase> WithLockedCaseAsync(
        string caseId, Caller caller, bool requireCoordinator,
        Func<ImmediateJusticeCase, CaseCoordinator, DateTimeOffset, (IReadOnlyList<CypherStatement> Writes, string Action, string? Summary)> step,
        CancellationToken cancellationToken)
    {
        var coordinator = caller.RequireCoordinator("coordinate an Immediate Justice case");
        return await cypher.InTransactionAsync(async transaction =>
        {
            var read = await transaction.RunAsync(LockStatement(caseId, coordinator), Exists(caseId), Statement("coordinator-known", Scope([], coordinator)));
            if (!read[2].Single<bool>("known"))
            {
                throw new ForbiddenException($"Your {(coordinator.PractitionerId is null ? "organisation" : "practitioner id")} '{coordinator.Id}' is not known to the hub.");
            }

            var @case = Locked(read[0], read[1], caseId, coordinator, requireCoordinator);
            var now = clock.GetUtcNow();
            var (writes, action, summary) = step(@case, coordinator, now);
            var byId = ById(caseId, coordinator, null);
            var results = await transaction.CommitAsync([.. writes, AuditTrail.Record(AuditEntry.For(caller, now, action, caseId, summary)), byId.Statement]);
            return byId.Read(results[^1])!;
        }, cancellationToken);
    }

    private static ImmediateJusticeCase Locked(CypherResult locked, CypherResult exists, string caseId, CaseCoordinator coordinator, bool requireCoordinator)
    {
        if (locked.Rows.Count == 0)
        {
            throw exists.Rows.Count == 0
                ? new NotFoundException("input.caseId", $"No case with id '{caseId}'.")
                : new ForbiddenException($"Case '{caseId}' is coordinated by someone else.");
        }

        var @case = locked.Single<CaseRow>("row").ToCase();
        return requireCoordinator && @case.CoordinatorId != coordinator.Id
            ? throw new ConflictException($"Take case '{caseId}' first (takeImmediateJusticeCase): it has no coordinator yet.")
            : @case;
    }

    /// <summary>
    /// The route promises reparation near home, where the person can get to it within the 48 hours; a placement
    /// connect would not offer from home is refused rather than booked.
    /// </summary>
    private static void NearHome(GeoPoint home, PlacementListing placement)
    {
        var distanceKm = home.DistanceKmTo(new GeoPoint(placement.Lat, placement.Lon));
        if (distanceKm > CommunityConnector.DefaultRadiusKm)
        {
            throw new InvalidInputException(
                "input.placementId",
                $"Placement '{placement.Id}' is {distanceKm.ToString("0.0", CultureInfo.InvariantCulture)} km from the person's home; an Immediate Justice placement must be within {CommunityConnector.DefaultRadiusKm.ToString(CultureInfo.InvariantCulture)} km.");
        }
    }

    private static CypherStatement TellReferrer(ImmediateJusticeCase @case, CaseStep step, DateTimeOffset now) =>
        Outbox.Outbox.Enqueue(MessageChannel.Email, @case.ReferrerEmail, CaseNotices.ForReferrer(@case.Id, step), now);

    /// <summary>Contact and assessment may be recorded again (a second call, a revised assessment): the referrer hears of the step once.</summary>
    private static IEnumerable<CypherStatement> TellReferrerOnce(ImmediateJusticeCase @case, CaseStatus reached, CaseStep step, DateTimeOffset now) =>
        @case.Status == reached ? [] : [TellReferrer(@case, step, now)];

    private static CypherStatement LockStatement(string caseId, CaseCoordinator coordinator) =>
        Statement("lock-case", Scope(new() { ["id"] = caseId }, coordinator));

    /// <summary>A coordinator as the statements take one: an offender manager by practitioner, or a partner by organisation.</summary>
    private static Dictionary<string, object?> Scope(Dictionary<string, object?> parameters, CaseCoordinator? coordinator)
    {
        parameters["practitionerId"] = coordinator?.PractitionerId;
        parameters["coordinatorOrganisationId"] = coordinator?.OrganisationId;
        return parameters;
    }

    private static CypherStatement Exists(string caseId) => Statement("case-exists", new() { ["id"] = caseId });

    private static CypherStatement Update(string caseId, Dictionary<string, object?> changes, string? riskOfHarm = null, IReadOnlyList<string>? riskFlags = null) =>
        Statement("update-case", new() { ["id"] = caseId, ["changes"] = changes, ["riskOfHarm"] = riskOfHarm, ["riskFlags"] = riskFlags });

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"ImmediateJustice/{name}.cypher", parameters);

    private static DateTimeOffset? Time(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed record CaseContactRow(string? Email, string? Phone, string? PostalAddress, double HomeLat, double HomeLon);

    private sealed record CaseRow(
        string Id, string Status, string ReferrerOrganisationId, string ReferrerEmail, string PersonId, string PersonDisplayName, string OffenceSummary,
        int Hours, string ReferredAt, string? CoordinatorId, string? ContactedAt, string? AssessedAt, string? BriefedAt, string? FirstSessionAt,
        string? ReferralId, double HoursDone, int SessionsMissed, string? CertificateCode, string? CompletedAt,
        string? PersonEmail = null, string? PersonPhone = null, string? PersonPostalAddress = null, Contact? Referrer = null)
    {
        public ImmediateJusticeCase ToCase() => new(
            Id, EnumCodes.Parse<CaseStatus>(Status), ReferrerOrganisationId, ReferrerEmail, PersonId, PersonDisplayName, OffenceSummary, Hours,
            Time(ReferredAt)!.Value, CoordinatorId, Time(ContactedAt), Time(AssessedAt), Time(BriefedAt), Time(FirstSessionAt), ReferralId, HoursDone,
            SessionsMissed, CertificateCode, Time(CompletedAt), new ContactDetails(PersonEmail, PersonPhone, PersonPostalAddress), Referrer);
    }
}
