namespace Rehab.Graph.Domain.Funds;

/// <summary>
/// A person's personal fund: money that follows their own goals. One per person, made by its first allocation; held by
/// their offender manager, or by a women's service for a woman it supports. <see cref="Entries"/> is the person's
/// statement, oldest first, and <see cref="BalancePence"/> what its entries add up to.
/// </summary>
public sealed record FundRecord(string Id, string PersonId, FundHolder Holder, int BalancePence, IReadOnlyList<FundEntryRecord> Entries)
{
    /// <summary>The fund's id follows from its person's, so that there is one fund per person without a lookup.</summary>
    public static string IdFor(string personId) => "fnd-" + personId;
}

public enum FundHolderKind
{
    /// <summary>Probation holds it: whoever is the person's offender manager now.</summary>
    OffenderManager,

    /// <summary>A women's service holds it for a woman it supports; its partners spend it, as does her offender manager.</summary>
    Organisation,

    /// <summary>A co-produced project's grant: awarded by an admin, spent with the approval of a member's offender manager.</summary>
    Project,
}

/// <summary>Who holds a fund: a practitioner's id (the person's offender manager) or an organisation's.</summary>
public sealed record FundHolder(FundHolderKind Kind, string Id);

public enum FundEntryKind
{
    Allocation,
    Spend,
    Refund,
}

/// <summary>
/// One line of a fund's statement. A spend is tied to a goal of the person's plan; a refund to the spend it gives money
/// back from (<see cref="RefundOf"/>), and through it to that goal. <see cref="ApprovedBy"/> is who approved it: the
/// user, practitioner or organisation the token named, or the role when it named none.
/// </summary>
public sealed record FundEntryRecord(
    string Id, DateTimeOffset At, FundEntryKind Kind, int AmountPence, string? Description, string ApprovedBy, string? GoalId, string? RefundOf)
{
    /// <summary>A new entry approved by <paramref name="caller"/>; its id is time-ordered, so that ids sort as the statement does.</summary>
    public static FundEntryRecord New(
        Access.Caller caller, DateTimeOffset at, FundEntryKind kind, int amountPence, string? description, string? goalId = null, string? refundOf = null) =>
        new($"{Ids.FundEntry}-{Guid.CreateVersion7(at):N}", at, kind, amountPence, description, caller.ActorId ?? Taxonomy.EnumCodes.ToCode(caller.Role), goalId, refundOf);
}
