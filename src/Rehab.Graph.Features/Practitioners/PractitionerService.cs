using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Domain.Transitions;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;
using Rehab.Graph.Neo4j.Practitioners;
using Rehab.Graph.Neo4j.Transitions;

namespace Rehab.Graph.Features.Practitioners;

/// <summary>
/// Admins manage the users the hub itself holds: practitioners, whose id an offender manager's token carries, and whom
/// each person is supervised by, which decides who may see them. Each write is one transaction: lock and read the
/// stored item, decide, then write, audit and read back in the commit's round trip.
/// </summary>
public sealed class PractitionerService(CypherClient cypher, ReadBatch reads, TimeProvider clock)
{
    public PendingRead<Page<Practitioner>> Practitioners(PageRequest page, Caller caller)
    {
        caller.Require(AccessPolicy.Practitioners);
        return reads.Run(PractitionerWrites.All(page));
    }

    public PendingRead<Page<Colleague>> Colleagues(string? deliveryUnit, string? search, PageRequest page, Caller caller)
    {
        var callerId = caller.Require(AccessPolicy.Colleagues).PractitionerId!;
        return reads.Run(PractitionerWrites.Colleagues(
            callerId, PractitionerRules.DeliveryUnit(deliveryUnit, "deliveryUnit"), SearchText.Normalise(search, "search"), page));
    }

    public PendingRead<IReadOnlyList<DeliveryUnit>> DeliveryUnits(Caller caller)
    {
        var callerId = caller.Require(AccessPolicy.DeliveryUnits).PractitionerId!;
        return reads.Run(PractitionerWrites.DeliveryUnits(callerId));
    }

    public Task<Practitioner> UpsertAsync(PractitionerDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var edit = PractitionerRules.Practitioner(draft, caller);
        return cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var stored = edit.Id is { } id ? await transaction.QueryAsync(PractitionerWrites.Lock(id)) : null;
            var change = VersionedChange<StoredPractitioner>.Decide(edit.Id, edit.Version, stored, p => p.Version, Ids.Practitioner, "practitioner", now);
            var after = new StoredPractitioner(change.Id, edit.Name, edit.DeliveryUnit, change.Version, edit.Email, edit.Phone);
            var audit = AuditEntry.For(caller, now, AuditActions.PractitionerUpserted, after.Id, change.Summary, ListingWrites.Json(change.Before), ListingWrites.Json(after));
            return await PractitionerWrites.CommitAndReadAsync(transaction, after.Id, PractitionerWrites.Upsert(after), audit);
        }, cancellationToken);
    }

    /// <summary>
    /// Moves a person to another offender manager, with their referrals and the cases the old one coordinated, and puts the
    /// handover on their transitions; returns the new one.
    /// </summary>
    public Task<Practitioner> AssignAsync(string? personId, string? practitionerId, Caller caller, CancellationToken cancellationToken)
    {
        var (person, practitioner) = PractitionerRules.Assignment(personId, practitionerId, caller);
        return cypher.InTransactionAsync(async transaction =>
        {
            var supervision = await transaction.QueryAsync(PractitionerWrites.LockSupervision(person, practitioner))
                ?? throw new NotFoundException("input.personId", $"No person with id '{person}'.");
            if (!supervision.PractitionerExists)
            {
                throw new NotFoundException("input.practitionerId", $"No practitioner with id '{practitioner}'.");
            }

            if (supervision.Current == practitioner)
            {
                throw new ConflictException($"Person '{person}' is already supervised by '{practitioner}'.");
            }

            var now = clock.GetUtcNow();
            var audit = AuditEntry.For(caller, now, AuditActions.OffenderManagerAssigned, person, $"from {supervision.Current ?? "nobody"} to {practitioner}");
            var handover = new TransitionRecord(
                $"trn-{Guid.CreateVersion7(now):N}", TransitionKind.OffenderManagerChange, DateOnly.FromDateTime(now.UtcDateTime), now, RecordedBy: null,
                FromDistrict: null, ToDistrict: null, supervision.Current, practitioner, Note: null, Warnings: []);
            return await PractitionerWrites.CommitAndReadAsync(
                transaction, practitioner, [PractitionerWrites.Assign(person, practitioner), TransitionStatements.Record(person, handover, home: null)], audit);
        }, cancellationToken);
    }
}
