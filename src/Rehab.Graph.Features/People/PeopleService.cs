using System.Runtime.ExceptionServices;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.People;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.People;

namespace Rehab.Graph.Features.People;

/// <summary>An offender manager's caseload. Each read is scoped in its statement to the practitioner, and audited alongside it through the audit log.</summary>
public sealed class PeopleService(CypherClient cypher, ReadBatch reads, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// The offender manager changes a person's record from the version they saw: needs, strengths, risk flags, licence
    /// exclusion zones (which connect and referrals then honour), home, or how the person is told of their referrals. A change from an older version is CONFLICT.
    /// </summary>
    public Task<PersonRecord> UpdateAsync(PersonUpdate update, Caller caller, CancellationToken cancellationToken)
    {
        var practitionerId = caller.Require(AccessPolicy.UpdatePerson).PractitionerId;
        var valid = PersonRules.Validate(update);
        return cypher.InTransactionAsync(async transaction =>
        {
            var locked = await transaction.QueryAsync(PeopleWrites.Lock(valid.PersonId, practitionerId)) switch
            {
                null => throw new NotFoundException("input.personId", $"No person with id '{valid.PersonId}'."),
                { Supervised: false } => throw new ForbiddenException($"Person '{valid.PersonId}' is not on your caseload."),
                var person => person,
            };
            if (locked.Version != valid.Version)
            {
                throw new ConflictException($"Person '{valid.PersonId}' has changed since version {valid.Version}: they are at version {locked.Version}. Read them again and redo the change.");
            }

            var now = clock.GetUtcNow();
            var readBack = PeopleQueries.Person(valid.PersonId, practitionerId);
            var results = await transaction.CommitAsync(
            [
                .. PeopleWrites.Update(valid, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PersonUpdated, valid.PersonId, string.Join(", ", valid.Parts))),
                readBack.Statement,
            ]);
            return readBack.Read(results[^1]) ?? throw new InvalidOperationException("A person was changed but cannot be read back.");
        }, cancellationToken);
    }

    /// <summary>
    /// A person on the caller's caseload; null when there is no such person. Every signed-in attempt is audited, allowed
    /// or not. A pending read, so that many asked for at once (aliases) go to Neo4j in one request.
    /// </summary>
    public PendingRead<PersonRecord?> Person(string personId, Caller caller)
    {
        Grant grant;
        try
        {
            grant = caller.Require(AccessPolicy.Person);
        }
        catch (ForbiddenException refused)
        {
            var attempted = Audited(personId, caller);
            return PendingRead<PersonRecord?>.Known(null).ThenAsync<PersonRecord?>(async _ =>
            {
                await attempted;
                ExceptionDispatchInfo.Throw(refused);
                return null;
            });
        }

        var audited = Audited(personId, caller);

        var person = reads.Run(PeopleQueries.Person(personId, grant.PractitionerId));
        return reads.Run(ConnectorQueries.Supervision(personId, grant.PractitionerId)).After(audited).ThenAsync(async supervised => supervised switch
        {
            null => null,
            false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
            true => await person.GetResultAsync(),
        });
    }

    private Task Audited(string personId, Caller caller) => audit.RecordAsync(AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.PersonRead, personId));

    /// <summary>The signed-in person's own contact details, as their offender manager set them; null when none are stored.</summary>
    public PendingRead<PersonContact?> OwnContact(Caller caller) =>
        reads.Run(PeopleQueries.OwnContact(caller.Require(AccessPolicy.Me).Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person.")));

    /// <summary>The people the caller supervises, by display name; the read is audited.</summary>
    public PendingRead<Page<PersonRecord>> Caseload(PageRequest page, Caller caller)
    {
        var practitionerId = caller.Require(AccessPolicy.People).PractitionerId;
        var audited = audit.RecordAsync(AuditEntry.For(caller, clock.GetUtcNow(), AuditActions.CaseloadRead, practitionerId));
        return reads.Run(PeopleQueries.Caseload(practitionerId, page)).After(audited);
    }
}
