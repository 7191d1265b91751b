using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Domain.Transitions;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.People;
using Rehab.Graph.Neo4j.Practitioners;
using Rehab.Graph.Neo4j.Projects;
using Rehab.Graph.Neo4j.Transitions;

namespace Rehab.Graph.Features.Transitions;

/// <summary>What a transition checks: the ties that go with the person, and those it may break.</summary>
public sealed record TransitionCheckResult(ValidTransition Transition, IReadOnlyList<ContinuingTie> Ties, Colleague? ToPractitioner)
{
    public IReadOnlyList<TieWarning> Warnings => [.. Ties.Select(t => t.Warning).OfType<TieWarning>()];
}

/// <summary>
/// Transitions through which a person keeps their relationships: their plan, mentor, open referrals and projects hang
/// on their own record, so they go with them; the check shows who they already know at each and warns of any tie the
/// transition may break, before the offender manager records it. A transition is recorded in one transaction with the
/// person locked at the version the offender manager read, so two cannot cross.
/// </summary>
public sealed class TransitionService(CypherClient cypher, TimeProvider clock)
{
    public async Task<TransitionCheckResult> CheckAsync(TransitionDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.CheckTransition).PractitionerId!;
        var now = clock.GetUtcNow();
        var transition = TransitionRules.Validate(draft, Today(now));
        var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.TransitionChecked, transition.PersonId));
        return (await CheckAsync(statements => cypher.RunAsync(statements, cancellationToken), transition, practitionerId, now, audit)).Check;
    }

    public async Task<TransitionRecord> RecordAsync(TransitionDraft draft, int version, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.RecordTransition).PractitionerId!;
        var now = clock.GetUtcNow();
        var transition = TransitionRules.Validate(draft, Today(now));
        if (version < 0)
        {
            throw new InvalidInputException("input.version", $"'input.version' is the version you read, 0 or more (got {version}).");
        }

        return await cypher.InTransactionAsync(async transaction =>
        {
            var (check, person) = await CheckAsync(statements => transaction.RunAsync([.. statements]), transition, practitionerId, now, audit: null, version);
            var record = new TransitionRecord(
                $"trn-{Guid.CreateVersion7(now):N}", transition.Kind, transition.On, now, practitionerId, null, transition.PostcodeDistrict,
                transition.Kind == TransitionKind.OffenderManagerChange ? practitionerId : null, transition.PractitionerId, transition.Note, check.Warnings);
            var audit = AuditEntry.For(caller, now, AuditActions.TransitionRecorded, transition.PersonId, Summary(record));
            List<CypherStatement> writes = transition.PractitionerId is { } next
                ? [PractitionerWrites.Assign(transition.PersonId, next), TransitionStatements.Record(transition.PersonId, record, transition.Home)]
                : [TransitionStatements.Record(transition.PersonId, record, transition.Home)];
            await transaction.CommitAsync([.. writes, AuditTrail.Record(audit)]);

            // As the history would read it back: the person and both offender managers were read under the lock.
            return record with
            {
                FromDistrict = person.PostcodeDistrict,
                ToDistrict = transition.PostcodeDistrict ?? person.PostcodeDistrict,
                RecordedByPractitioner = person.OffenderManager,
                FromPractitioner = record.FromPractitionerId is null ? null : person.OffenderManager,
                ToPractitioner = check.ToPractitioner,
            };
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<TransitionRecord>> HistoryAsync(string personId, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.Transitions).PractitionerId!;
        Ids.Require(personId, Ids.Person, "personId");
        var supervision = ConnectorQueries.Supervision(personId, practitionerId);
        var history = TransitionStatements.History(personId, practitionerId);
        var audit = AuditTrail.Record(AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.TransitionsRead, personId));
        var results = await cypher.RunAsync([audit, supervision.Statement, history.Statement], cancellationToken);
        Reach(supervision.Read(results[1]), personId, "personId");
        return history.Read(results[2]);
    }

    /// <summary>
    /// Two round trips: the person (on the caller's caseload), their ties and, for a handover, who is to take them over;
    /// then the listings the ties are to, to check against. A check is audited in the first; recording locks the person
    /// in it instead, and goes on only from <paramref name="version"/>.
    /// </summary>
    private static async Task<(TransitionCheckResult Check, TransitionPerson Person)> CheckAsync(
        Func<IReadOnlyList<CypherStatement>, Task<IReadOnlyList<CypherResult>>> run, ValidTransition transition, string practitionerId, DateTimeOffset now,
        CypherStatement? audit, int? version = null)
    {
        var personId = transition.PersonId;
        var supervision = ConnectorQueries.Supervision(personId, practitionerId);
        var person = TransitionStatements.Person(personId, practitionerId, now.Year);
        var ties = TransitionStatements.Ties(personId);
        var next = transition.PractitionerId is { } id ? PractitionerWrites.ById(id) : null;
        var locked = PeopleWrites.Lock(personId, practitionerId);
        var first = (version is null ? audit : locked.Statement) ?? throw new ArgumentException("A check is audited; a recording locks.", nameof(audit));
        List<CypherStatement> statements = [first, supervision.Statement, person.Statement, ties.Statement];
        if (next is not null)
        {
            statements.Add(next.Statement);
        }

        var read = await run(statements);
        Reach(supervision.Read(read[1]), personId, "input.personId");
        if (version is { } expected && locked.Read(read[0])!.Version != expected)
        {
            throw new ConflictException($"Person '{personId}' has changed since version {expected}: read them again and check the transition again.");
        }

        Colleague? toPractitioner = null;
        if (next is not null)
        {
            var practitioner = next.Read(read[4]) ?? throw new NotFoundException("input.practitionerId", $"No practitioner with id '{transition.PractitionerId}'.");
            if (practitioner.Id == practitionerId)
            {
                throw new InvalidInputException("input.practitionerId", "They are already on your caseload: name the offender manager who is to take them over.");
            }

            toPractitioner = new Colleague(practitioner.Id, practitioner.Name, practitioner.DeliveryUnit, practitioner.Email, practitioner.Phone);
        }

        var stored = person.Read(read[2])!;
        var profile = stored.Profile;
        var today = Today(now);
        TransitionRules.CheckFor(transition, profile, today);
        var held = ties.Read(read[3]);
        var services = ListingQueries.ServicesById;
        var placements = ListingQueries.PlacementsById;
        var mentors = ListingQueries.MentorsById;
        var projects = ProjectQueries.ById;
        var listings = await run([
            services.Statement(held.Ids(TieKind.Service)), placements.Statement(held.Ids(TieKind.Placement)),
            mentors.Statement(held.Ids(TieKind.Mentor)), projects.Statement(held.Ids(TieKind.Project))]);
        var subjects = held.Subjects(
            services.Read(listings[0], held.Ids(TieKind.Service)), placements.Read(listings[1], held.Ids(TieKind.Placement)),
            mentors.Read(listings[2], held.Ids(TieKind.Mentor)), projects.Read(listings[3], held.Ids(TieKind.Project)));
        return (new TransitionCheckResult(transition, ContinuityCheck.Of(TransitionRules.Before(transition, profile), TransitionRules.After(transition, profile, today), subjects, transition.ReachKm), toPractitioner), stored);
    }

    private static void Reach(bool? supervised, string personId, string field)
    {
        switch (supervised)
        {
            case null:
                throw new NotFoundException(field, $"No person with id '{personId}'.");
            case false:
                throw new ForbiddenException($"Person '{personId}' is not on your caseload.");
        }
    }

    private static string Summary(TransitionRecord record) =>
        $"{EnumCodes.ToCode(record.Kind)} on {record.On:yyyy-MM-dd}"
        + (record.ToPractitionerId is { } to ? $" to {to}" : "")
        + (record.Warnings.Count > 0 ? $"; warned: {string.Join(", ", record.Warnings.Select(w => w.Code))}" : "");

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
