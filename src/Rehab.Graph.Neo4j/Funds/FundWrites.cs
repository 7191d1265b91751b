using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Funds;

/// <summary>
/// A fund as locked for an entry: its balance and version after the lock, its holder (null before the first allocation),
/// whether the caller reaches it, and what the write needs besides: for an allocation the person's gender and offender
/// manager, for a refund the entry refunded.
/// </summary>
public sealed record LockedFund(
    string FundId, string PersonId, int BalancePence, int Version, FundHolder? Holder, bool Reached, Gender? Gender, string? OffenderManagerId, LockedEntry? Entry);

/// <summary>An entry named by a refund, with its goal and how much has come back from it already.</summary>
public sealed record LockedEntry(string Id, FundEntryKind Kind, int AmountPence, string? GoalId, int RefundedPence)
{
    public RefundedEntry ToRefunded() => new(Id, Kind, AmountPence, RefundedPence);
}

/// <summary>
/// The statements of fund writes. Each entry is one transaction of two round trips: the first locks the fund and reads
/// its balance after the lock, the domain decides, and the second writes the entry, the new balance and the audit entry
/// and commits; so concurrent entries to one fund follow each other and the balance never goes below zero.
/// </summary>
public static class FundWrites
{
    /// <summary>The person's fund for an allocation, made if it is the first; null for an unknown person.</summary>
    public static CypherQuery<LockedFund?> Open(string personId, DateTimeOffset at) => Locked("open-fund", new()
    {
        ["personId"] = personId, ["fundId"] = FundRecord.IdFor(personId), ["at"] = AuditTrail.Timestamp(at),
    });

    /// <summary>The person's fund locked for a spend; null when they have none.</summary>
    public static CypherQuery<LockedFund?> Lock(string personId, FundReach reach) => Locked("lock-fund", reach.Parameters(personId));

    /// <summary>The fund of an entry locked for a refund of it; null for an unknown entry.</summary>
    public static CypherQuery<LockedFund?> LockEntry(string entryId, FundReach reach) =>
        Locked("lock-entry", new() { ["entryId"] = entryId, ["practitionerId"] = reach.PractitionerId, ["organisationId"] = reach.OrganisationId });

    /// <summary>
    /// The entry and the balance it leaves, decided on the fund <paramref name="fundId"/> as locked at <paramref name="lockedVersion"/>:
    /// a person's fund or a project's grant.
    /// </summary>
    public static CypherStatement Record(string fundId, int lockedVersion, FundHolder holder, FundEntryRecord entry, int balancePence) => FundQueries.Statement("record-entry", new()
    {
        ["fundId"] = fundId,
        ["seq"] = lockedVersion + 1,
        ["balancePence"] = balancePence,
        ["holderKind"] = EnumCodes.ToCode(holder.Kind),
        ["holder"] = holder.Id,
        ["id"] = entry.Id,
        ["at"] = AuditTrail.Timestamp(entry.At),
        ["kind"] = EnumCodes.ToCode(entry.Kind),
        ["amountPence"] = entry.AmountPence,
        ["description"] = entry.Description,
        ["approvedBy"] = entry.ApprovedBy,
        ["goalId"] = entry.GoalId,
        ["refundOf"] = entry.RefundOf,
    });

    private static CypherQuery<LockedFund?> Locked(string name, Dictionary<string, object?> parameters) => new(
        FundQueries.Statement(name, parameters) with { ReadsUnderLock = true },
        result => result.Rows.Count == 0 ? null : result.Single<LockedRow>("locked").ToLocked());

    private sealed record LockedRow(
        string FundId, string PersonId, int BalancePence, int Version, string? HolderKind, string? Holder, bool Reached, string? Gender, string? OffenderManagerId, EntryRow? Entry)
    {
        public LockedFund ToLocked() => new(
            FundId, PersonId, BalancePence, Version, FundQueries.HolderOf(HolderKind, Holder), Reached,
            Gender is null ? null : EnumCodes.Parse<Gender>(Gender), OffenderManagerId, Entry?.ToLocked());
    }

    /// <summary>An entry as lock-entry.cypher and a project grant's lock-grant-entry.cypher read it.</summary>
    internal sealed record EntryRow(string Id, string Kind, int AmountPence, string? GoalId, int RefundedPence)
    {
        public LockedEntry ToLocked() => new(Id, EnumCodes.Parse<FundEntryKind>(Kind), AmountPence, GoalId, RefundedPence);
    }
}
