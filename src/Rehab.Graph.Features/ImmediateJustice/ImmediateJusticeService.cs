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
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ImmediateJustice;
using Rehab.Graph.Neo4j.Outbox;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Features.ImmediateJustice;

/// <summary>
/// The Immediate Justice route: a referring agency refers, a coordinator (an offender manager, or a partner user with the
/// IJ_COORDINATOR duty for their organisation) takes the case, contacts the person, assesses risk, books a placement near
/// home (a referral, made through <see cref="ReferralService"/>) and records the briefing; the referral's end reaches
/// the case through <see cref="CaseOutcomes"/>. Each step is one transaction that locks the case, checks the step
/// against the route, and commits the change with its audit entry and the messages it sends.
/// </summary>
public sealed class ImmediateJusticeService(CypherClient cypher, ReadBatch reads, ReferralService referrals, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int MaxContactLength = 200;

    /// <summary>A case the caller's organisation referred, or one in the caller's queue; null when there is none, FORBIDDEN when it is someone else's.</summary>
    public async Task<ImmediateJusticeCase?> CaseAsync(string caseId, Caller caller, CancellationToken cancellationToken)
    {
        var (coordinator, organisationId) = Scope(caller.Require(AccessPolicy.ImmediateJusticeCase));
        var found = reads.Run(ImmediateJusticeCases.ById(caseId, coordinator, organisationId));
        var exists = reads.Run(ImmediateJusticeCases.Exists(caseId));
        return await found.GetResultAsync(cancellationToken)
            ?? (await exists.GetResultAsync(cancellationToken) ? throw new ForbiddenException($"Case '{caseId}' is not yours to see.") : null);
    }

    /// <summary>Referrers: the cases their organisation referred. Coordinators: the queue and their own. Oldest first.</summary>
    public async Task<IReadOnlyList<ImmediateJusticeCase>> CasesAsync(bool needsAttention, Caller caller, CancellationToken cancellationToken)
    {
        var (coordinator, organisationId) = Scope(caller.Require(AccessPolicy.ImmediateJusticeCases));
        var cases = await reads.Run(ImmediateJusticeCases.Cases(coordinator, organisationId)).GetResultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return needsAttention ? [.. cases.Where(c => c.AttentionReasons(now).Count > 0)] : cases;
    }

    /// <summary>The referral booked for a case, for its coordinator only; null for anyone else, as the case's other coordinator fields are.</summary>
    public PendingRead<ReferralRecord?> Booking(ImmediateJusticeCase @case, Caller caller) =>
        @case.ReferralId is { } id && @case.IsCoordinatedBy(caller) && caller.Coordinator is { } coordinator
            ? reads.Run(ReferralQueries.ById(id, coordinator.PractitionerId, null, coordinator.OrganisationId))
            : PendingRead<ReferralRecord?>.Known(null);

    public Task<ImmediateJusticeCase> ReferAsync(CaseReferral referral, Caller caller, CancellationToken cancellationToken)
    {
        var organisationId = caller.Require(AccessPolicy.ReferForImmediateJustice).OrganisationId;
        var request = Validated(referral);
        return cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var caseId = $"ijc-{Guid.CreateVersion7(now):N}";
            var create = ImmediateJusticeCases.Create(caseId, $"per-{Guid.CreateVersion7(now):N}", organisationId, request, now);
            if (!create.Read((await transaction.RunAsync(create.Statement))[0]))
            {
                throw new ForbiddenException($"Your organisation '{organisationId}' is not known to the hub.");
            }

            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.CaseReferred, caseId, $"{request.Hours} hours"));
            var waiting = OutboxWrites.EnqueueForProbation(
                CaseNotices.Waiting(caseId, request.Hours, ImmediateJusticeRules.ContactDueBy(now), ImmediateJusticeRules.DueBy(now)), now);
            var byId = ImmediateJusticeCases.ById(caseId, null, organisationId);
            var results = await transaction.CommitAsync(audit, waiting, byId.Statement);
            return byId.Read(results[^1])!;
        }, cancellationToken);
    }

    public Task<ImmediateJusticeCase> TakeAsync(string caseId, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, caller.Require(AccessPolicy.TakeImmediateJusticeCase), requireCoordinator: false, (locked, coordinator, now) =>
        {
            if (locked.Case.CoordinatorId is not null)
            {
                throw new ConflictException($"Case '{caseId}' is already yours.");
            }

            return ([ImmediateJusticeCases.Take(caseId, coordinator), TellReferrer(locked.Case, CaseStep.Taken, now)], AuditActions.CaseTaken, null);
        }, cancellationToken);

    public Task<ImmediateJusticeCase> RecordContactAsync(string caseId, string? note, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.RecordCaseContact);
        var validNote = ReferralWorkflow.ValidateText(note, "input.note", required: false);
        return WithLockedCaseAsync(caseId, caller, grant, requireCoordinator: true, (locked, _, now) =>
        {
            var status = ImmediateJusticeRules.Advance(locked.Case, CaseStatus.Contacted);
            var update = ImmediateJusticeCases.Update(caseId, status, new Dictionary<string, DateTimeOffset> { ["contactedAt"] = now }, new Dictionary<string, string?> { ["contactNote"] = validNote });
            return ([update, .. TellReferrerOnce(locked.Case, status, CaseStep.Contacted, now)], AuditActions.CaseContacted, validNote);
        }, cancellationToken);
    }

    public Task<ImmediateJusticeCase> RecordRiskAssessmentAsync(string caseId, RiskLevel riskOfHarm, IReadOnlyList<string>? riskFlags, string? note, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.RecordRiskAssessment);
        var flags = RiskFlags.Validate(riskFlags, "input.riskFlags");
        var validNote = ReferralWorkflow.ValidateText(note, "input.note", required: false);
        return WithLockedCaseAsync(caseId, caller, grant, requireCoordinator: true, (locked, _, now) =>
        {
            var status = ImmediateJusticeRules.Advance(locked.Case, CaseStatus.Assessed);
            var update = ImmediateJusticeCases.Update(
                caseId, status, new Dictionary<string, DateTimeOffset> { ["assessedAt"] = now }, new Dictionary<string, string?> { ["assessmentNote"] = validNote }, riskOfHarm, flags);
            var summary = $"{EnumCodes.ToCode(riskOfHarm)}; flags: {string.Join(", ", flags)}";
            return ([update, .. TellReferrerOnce(locked.Case, status, CaseStep.Assessed, now)], AuditActions.CaseAssessed, summary);
        }, cancellationToken);
    }

    public Task<ImmediateJusticeCase> RecordSafetyBriefingAsync(string caseId, Caller caller, CancellationToken cancellationToken) =>
        WithLockedCaseAsync(caseId, caller, caller.Require(AccessPolicy.RecordSafetyBriefing), requireCoordinator: true, (locked, _, now) => locked.Case is { Status: CaseStatus.Booked, BriefedAt: null }
            ? ([ImmediateJusticeCases.Update(caseId, null, new Dictionary<string, DateTimeOffset> { ["briefedAt"] = now }, new Dictionary<string, string?>())], AuditActions.CaseBriefed, null)
            : throw new ConflictException(
                $"Case '{caseId}' is {locked.Case.Status.ToString().ToLowerInvariant()}{(locked.Case.BriefedAt is null ? "" : " and already briefed")}: the briefing is recorded once, after booking and before the first session."),
            cancellationToken);

    /// <summary>
    /// Books a placement for the case: a referral for the case's hours, made under the connector's hard rules and the
    /// placement's capacity lock, in the same transaction as the case update and the messages telling the person where and when.
    /// </summary>
    public async Task<ImmediateJusticeCase> BookAsync(string caseId, string placementId, Caller caller, CancellationToken cancellationToken)
    {
        var coordinator = caller.Require(AccessPolicy.BookImmediateJusticePlacement).Coordinator;
        Ids.Require(caseId, Ids.ImmediateJusticeCase, "input.caseId");
        Ids.Require(placementId, Ids.Placement, "input.placementId");
        var lockCase = ImmediateJusticeCases.Lock(caseId, coordinator);
        var exists = ImmediateJusticeCases.Exists(caseId);
        var extension = new ReferralExtension(coordinator, [lockCase.Statement, exists.Statement], (read, created) =>
        {
            var locked = Locked(lockCase.Read(read[0]), exists.Read(read[1]), caseId, coordinator, requireCoordinator: true);
            ImmediateJusticeRules.Advance(locked.Case, CaseStatus.Booked);
            var placement = created.Placement!;
            NearHome(locked.Home, placement);
            var firstSession = SessionSchedule.Parse(placement.Sessions, "sessions").NextStart(created.At);
            var visit = new PlacementVisit(
                placement.Title, placement.Organisation.Name, placement.Address?.OnOneLine(), placement.MeetingPoint, placement.Contact?.Name, placement.Contact?.Phone);
            var booking = CaseNotices.Booking(firstSession, visit, locked.Case.Hours);
            return
            [
                ImmediateJusticeCases.Book(caseId, created.Id, created.At, firstSession),
                TellReferrer(locked.Case, CaseStep.Booked, created.At),
                AuditTrail.Record(AuditEntry.For(caller, created.At, AuditActions.CaseBooked, caseId, $"{placementId}, first session {firstSession?.ToString("u", CultureInfo.InvariantCulture) ?? "to be confirmed"}")),
                .. locked.Contact.Channels().Select(c => OutboxWrites.Enqueue(c.Channel, c.Recipient, booking, created.At)),
            ];
        });

        // The person and hours come first, to make the referral; the case is then locked and checked in the referral's own transaction.
        var found = await cypher.QueryAsync(ImmediateJusticeCases.ById(caseId, coordinator, null), cancellationToken);
        if (found is null)
        {
            // Someone else's case, or none: told apart as the other steps tell them apart, at the cost of one more read on this failure path only.
            throw await cypher.QueryAsync(exists, cancellationToken)
                ? new ForbiddenException($"Case '{caseId}' is coordinated by someone else.")
                : new NotFoundException("input.caseId", $"No case with id '{caseId}'.");
        }

        await referrals.CreateForAsync(
            new NewReferral(found.PersonId, ReferralTargetKind.Placement, placementId, [], $"Immediate Justice case {caseId}", found.Hours), caller, extension, cancellationToken);
        return (await cypher.QueryAsync(ImmediateJusticeCases.ById(caseId, coordinator, null), cancellationToken))!;
    }

    private async Task<ImmediateJusticeCase> WithLockedCaseAsync(
        string caseId, Caller caller, Grant grant, bool requireCoordinator,
        Func<LockedCase, CaseCoordinator, DateTimeOffset, (IReadOnlyList<CypherStatement> Writes, string Action, string? Summary)> step,
        CancellationToken cancellationToken)
    {
        var coordinator = grant.Coordinator;
        Ids.Require(caseId, Ids.ImmediateJusticeCase, "input.caseId");
        return await cypher.InTransactionAsync(async transaction =>
        {
            var lockCase = ImmediateJusticeCases.Lock(caseId, coordinator);
            var exists = ImmediateJusticeCases.Exists(caseId);
            var known = ImmediateJusticeCases.CoordinatorKnown(coordinator);
            var read = await transaction.RunAsync(lockCase.Statement, exists.Statement, known.Statement);
            if (!known.Read(read[2]))
            {
                throw new ForbiddenException($"Your {(coordinator.PractitionerId is null ? "organisation" : "practitioner id")} '{coordinator.Id}' is not known to the hub.");
            }

            var locked = Locked(lockCase.Read(read[0]), exists.Read(read[1]), caseId, coordinator, requireCoordinator);
            var now = clock.GetUtcNow();
            var (writes, action, summary) = step(locked, coordinator, now);
            var byId = ImmediateJusticeCases.ById(caseId, coordinator, null);
            var results = await transaction.CommitAsync([.. writes, AuditTrail.Record(AuditEntry.For(caller, now, action, caseId, summary)), byId.Statement]);
            return byId.Read(results[^1])!;
        }, cancellationToken);
    }

    private static LockedCase Locked(LockedCase? locked, bool exists, string caseId, CaseCoordinator coordinator, bool requireCoordinator)
    {
        if (locked is null)
        {
            throw exists
                ? new ForbiddenException($"Case '{caseId}' is coordinated by someone else.")
                : new NotFoundException("input.caseId", $"No case with id '{caseId}'.");
        }

        return requireCoordinator && locked.Case.CoordinatorId != coordinator.Id
            ? throw new ConflictException($"Take case '{caseId}' first (takeImmediateJusticeCase): it has no coordinator yet.")
            : locked;
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
        OutboxWrites.Enqueue(MessageChannel.Email, @case.ReferrerEmail, CaseNotices.ForReferrer(@case.Id, step), now);

    /// <summary>Contact and assessment may be recorded again (a second call, a revised assessment): the referrer hears of the step once.</summary>
    private static IEnumerable<CypherStatement> TellReferrerOnce(ImmediateJusticeCase @case, CaseStatus reached, CaseStep step, DateTimeOffset now) =>
        @case.Status == reached ? [] : [TellReferrer(@case, step, now)];

    private static (CaseCoordinator? Coordinator, string? ReferrerOrganisationId) Scope(Grant grant) =>
        grant.Reach == Reach.ReferredCases ? (null, grant.OrganisationId) : (grant.Coordinator, null);

    private static NewCase Validated(CaseReferral input)
    {
        var contact = new ContactDetails(
            Contact(input.Email, "input.email", e => e.Count(ch => ch == '@') == 1 && !e.StartsWith('@') && !e.EndsWith('@') && !e.Any(char.IsWhiteSpace)),
            Contact(input.Phone, "input.phone", p => p.Length is >= 10 and <= 16 && p.TrimStart('+').All(char.IsAsciiDigit)),
            Contact(input.PostalAddress, "input.postalAddress", _ => true));
        if (!contact.Channels().Any())
        {
            throw new InvalidInputException("input", "Give at least one way to reach the person: email, phone or postalAddress.");
        }

        return new NewCase(
            Text(input.DisplayName, "input.displayName", MaxNameLength),
            input.Gender,
            input.BirthYear is { } year && (year < 1900 || year > DateTime.UtcNow.Year - 10)
                ? throw new InvalidInputException("input.birthYear", $"'input.birthYear' must be between 1900 and {DateTime.UtcNow.Year - 10} (got {year}).")
                : input.BirthYear,
            GeoPoint.Create(input.Home.Latitude, input.Home.Longitude, "input.home"),
            [.. (input.Languages ?? []).Select(l => ListingKinds.ValidateLanguage(l, "input.languages")!)],
            contact,
            Text(input.OffenceSummary, "input.offenceSummary", ImmediateJusticeRules.MaxSummaryLength),
            ImmediateJusticeRules.ValidateHours(input.Hours, "input.hours"),
            Contact(input.ReferrerEmail, "input.referrerEmail", e => e.Count(ch => ch == '@') == 1 && !e.StartsWith('@') && !e.EndsWith('@'))
                ?? throw new InvalidInputException("input.referrerEmail", "'input.referrerEmail' is required."));
    }

    private static string Text(string? text, string field, int max) =>
        ReferralWorkflow.ValidateText(text, field, required: true) is { } value && value.Length <= max
            ? value
            : throw new InvalidInputException(field, $"'{field}' must be at most {max} characters.");

    private static string? Contact(string? value, string field, Func<string, bool> valid)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxContactLength && valid(trimmed)
            ? trimmed
            : throw new InvalidInputException(field, $"'{field}' is not a valid {field["input.".Length..]}.");
    }
}
