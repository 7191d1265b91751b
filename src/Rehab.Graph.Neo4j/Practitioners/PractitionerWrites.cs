using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Practitioners;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Practitioners;

/// <summary>A practitioner as stored and as the audit trail keeps them, before and after a change.</summary>
public sealed record StoredPractitioner(string Id, string Name, string DeliveryUnit, int Version, string? Email = null, string? Phone = null);

/// <summary>Whom a person is supervised by now, and whether the practitioner they are to move to exists.</summary>
public sealed record Supervision(string? Current, bool PractitionerExists);

/// <summary>
/// The statements of admins' writes to practitioners and supervision, and the reads of practitioners: each write locks
/// what it changes and reads it after the lock, then writes, audits and reads back in the commit's round trip.
/// </summary>
public static class PractitionerWrites
{
    /// <summary>The stored practitioner, locked for the rest of the transaction; null when there is none.</summary>
    public static CypherQuery<StoredPractitioner?> Lock(string id) => new(
        Statement("lock-practitioner", new() { ["id"] = id }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<StoredPractitioner>("row"));

    public static CypherStatement Upsert(StoredPractitioner after) => Statement("upsert-practitioner", new()
    {
        ["id"] = after.Id, ["name"] = after.Name, ["deliveryUnit"] = after.DeliveryUnit, ["version"] = after.Version, ["email"] = after.Email, ["phone"] = after.Phone,
    });

    /// <summary>The person's supervision, locked; null when there is no such person.</summary>
    public static CypherQuery<Supervision?> LockSupervision(string personId, string practitionerId) => new(
        Statement("lock-supervision", new() { ["personId"] = personId, ["practitionerId"] = practitionerId }) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<Supervision>("row"));

    /// <summary>Makes <paramref name="practitionerId"/> the person's offender manager, with their referrals and the cases the old one coordinated.</summary>
    public static CypherStatement Assign(string personId, string practitionerId) =>
        Statement("assign-supervision", new() { ["personId"] = personId, ["practitionerId"] = practitionerId });

    /// <summary>Commits the write with its audit entry, and reads the practitioner back, with their caseload, in the same round trip.</summary>
    public static Task<Practitioner> CommitAndReadAsync(CypherTransaction transaction, string id, CypherStatement write, AuditEntry audit) =>
        CommitAndReadAsync(transaction, id, [write], audit);

    public static async Task<Practitioner> CommitAndReadAsync(CypherTransaction transaction, string id, IReadOnlyList<CypherStatement> writes, AuditEntry audit)
    {
        var byId = ById(id);
        var results = await transaction.CommitAsync([.. writes, AuditTrail.Record(audit), byId.Statement]);
        return byId.Read(results[^1])!;
    }

    public static CypherQuery<Practitioner?> ById(string id) => new(
        Statement("practitioner-by-id", new() { ["id"] = id }),
        result => result.Rows.Count == 0 ? null : result.Single<Practitioner>("row"));

    public static CypherQuery<Page<Practitioner>> All(PageRequest page) => new(
        Statement("practitioners", new() { ["skip"] = page.Offset, ["end"] = (long)page.Offset + page.First }),
        result => new Page<Practitioner>(result.Single<IReadOnlyList<Practitioner>>("page"), result.Single<int>("totalCount"), page.Offset));

    /// <summary>
    /// Every offender manager but <paramref name="callerId"/>, in <paramref name="deliveryUnit"/> when one is given, whose
    /// name contains <paramref name="search"/> (lower-cased already) when one is given.
    /// </summary>
    public static CypherQuery<Page<Colleague>> Colleagues(string callerId, string? deliveryUnit, string? search, PageRequest page) => new(
        Statement("colleagues", new() { ["callerId"] = callerId, ["deliveryUnit"] = deliveryUnit, ["search"] = search, ["skip"] = page.Offset, ["end"] = (long)page.Offset + page.First }),
        result => new Page<Colleague>(result.Single<IReadOnlyList<Colleague>>("page"), result.Single<int>("totalCount"), page.Offset));

    public static CypherQuery<IReadOnlyList<DeliveryUnit>> DeliveryUnits(string callerId) => new(
        Statement("delivery-units", new() { ["callerId"] = callerId }),
        result => result.Read<DeliveryUnit>("unit"));

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Practitioners/{name}.cypher", parameters);
}
