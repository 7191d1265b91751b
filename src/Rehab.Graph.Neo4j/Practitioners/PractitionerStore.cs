using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.ListingEdits;

namespace Rehab.Graph.Neo4j.Practitioners;

/// <summary>
/// Admins' writes to practitioners and caseloads, one transaction each: lock and read what the change depends on,
/// check it, then write, audit and read back in the commit's round trip.
/// </summary>
public sealed class PractitionerStore(CypherClient cypher, TimeProvider clock)
{
    public Task<Practitioner> UpsertAsync(PractitionerEdit edit, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var change = await VersionedUpsert.PrepareAsync<StoredPractitioner>(
                transaction, edit.Id, edit.Version, Ids.Practitioner, "practitioner", stored => Statement("lock-practitioner", new() { ["id"] = stored }), p => p.Version, now);
            var after = new StoredPractitioner(change.Id, edit.Name, edit.DeliveryUnit, change.Version, edit.Email, edit.Phone);
            var write = Statement("upsert-practitioner", new()
            {
                ["id"] = after.Id, ["name"] = after.Name, ["deliveryUnit"] = after.DeliveryUnit, ["version"] = after.Version, ["email"] = after.Email, ["phone"] = after.Phone,
            });
            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PractitionerUpserted, after.Id, change.Summary, ListingStore.Json(change.Before), ListingStore.Json(after)));
            var byId = ById(after.Id);
            var results = await transaction.CommitAsync(write, audit, byId.Statement);
            return byId.Read(results[^1])!;
        }, cancellationToken);

    /// <summary>Makes <paramref name="practitionerId"/> the person's offender manager; returns them with their new caseload.</summary>
    public Task<Practitioner> AssignAsync(string personId, string practitionerId, Caller caller, CancellationToken cancellationToken) =>
        cypher.InTransactionAsync(async transaction =>
        {
            var parameters = new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId };
            var read = (await transaction.RunAsync(Statement("lock-supervision", parameters)))[0];
            var supervision = read.Rows.Count == 0 ? throw new NotFoundException("input.personId", $"No person with id '{personId}'.") : read.Single<Supervision>("row");
            if (!supervision.PractitionerExists)
            {
                throw new NotFoundException("input.practitionerId", $"No practitioner with id '{practitionerId}'.");
            }

            if (supervision.Current == practitionerId)
            {
                throw new ConflictException($"Person '{personId}' is already supervised by '{practitionerId}'.");
            }

            var now = clock.GetUtcNow();
            var audit = AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.OffenderManagerAssigned, personId, $"from {supervision.Current ?? "nobody"} to {practitionerId}"));
            var byId = ById(practitionerId);
            var results = await transaction.CommitAsync(Statement("assign-supervision", parameters), audit, byId.Statement);
            return byId.Read(results[^1])!;
        }, cancellationToken);

    public static CypherQuery<Practitioner?> ById(string id) => new(
        Statement("practitioner-by-id", new() { ["id"] = id }),
        result => result.Rows.Count == 0 ? null : result.Single<Practitioner>("row"));

    public static CypherQuery<Page<Practitioner>> All(PageRequest page) => new(
        Statement("practitioners", new() { ["skip"] = page.Offset, ["end"] = (long)page.Offset + page.First }),
        result => new Page<Practitioner>(result.Single<IReadOnlyList<Practitioner>>("page"), result.Single<int>("totalCount"), page.Offset));

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Practitioners/{name}.cypher", parameters);

    /// <summary>What the audit trail keeps of a practitioner, before and after a change.</summary>
    private sealed record StoredPractitioner(string Id, string Name, string DeliveryUnit, int Version, string? Email = null, string? Phone = null);

    private sealed record Supervision(string? Current, bool PractitionerExists);
}
