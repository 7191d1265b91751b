using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Plans;

namespace Rehab.Graph.Neo4j.Funds;

/// <summary>
/// How far a caller reaches funds, as the statements check it: as the person's offender manager (<see cref="PractitionerId"/>),
/// a partner of the organisation holding the fund (<see cref="OrganisationId"/>), the person (<see cref="SelfId"/>), or an
/// admin (<see cref="Everything"/>).
/// </summary>
public sealed record FundReach(string? PractitionerId, string? OrganisationId, string? SelfId, bool Everything)
{
    internal Dictionary<string, object?> Parameters(string personId) => new()
    {
        ["personId"] = personId,
        ["practitionerId"] = PractitionerId,
        ["organisationId"] = OrganisationId,
        ["selfId"] = SelfId,
        ["everything"] = Everything,
    };
}

/// <summary>A person's fund as read: null when the caller does not reach it (FORBIDDEN) or when there is none.</summary>
public sealed record FundRead(bool Reached, FundRecord? Fund);

/// <summary>Reads of funds, scoped in the statement to what the caller reaches.</summary>
public static class FundQueries
{
    /// <summary>The person's fund and statement; null when there is no such person.</summary>
    public static CypherQuery<FundRead?> Fund(string personId, FundReach reach) => new(
        Statement("fund", reach.Parameters(personId)),
        result => result.Rows.Count == 0
            ? null
            : new FundRead(result.Single<bool>("reached"), result.Single<IReadOnlyList<FundRow>>("funds").Select(f => f.ToRecord(personId)).SingleOrDefault()));

    /// <summary>The funds <paramref name="organisationId"/> holds, by the woman's name; only hers when <paramref name="personId"/> is given.</summary>
    public static CypherQuery<IReadOnlyList<HeldFund>> Held(string organisationId, string? personId) => new(
        Statement("funds-held", new() { ["organisationId"] = organisationId, ["personId"] = personId }),
        result => [.. result.Read<HeldRow>("held").Select(r => r.ToRecord())]);

    /// <summary>Null when there is no such person; otherwise whether the caller reaches their fund.</summary>
    public static CypherQuery<bool?> Reach(string personId, FundReach reach) => new(
        Statement("fund-reach", reach.Parameters(personId)),
        result => result.Rows.Count == 0 ? null : result.Single<bool>("reached"));

    /// <summary>The status of a goal on the person's own plan; null when their plan has no such goal.</summary>
    public static CypherQuery<GoalStatus?> GoalStatus(string personId, string goalId) => new(
        Statement("fund-goal", new() { ["personId"] = personId, ["goalId"] = goalId }),
        result => result.Rows.Count == 0 ? null : EnumCodes.Parse<GoalStatus>(result.Single<string>("status")));

    internal static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => CypherStatement.From($"Funds/{name}.cypher", parameters);

    internal static FundHolder? HolderOf(string? kind, string? id) =>
        kind is null || id is null ? null : new FundHolder(EnumCodes.Parse<FundHolderKind>(kind), id);

    private sealed record FundRow(string Id, string HolderKind, string Holder, int BalancePence, IReadOnlyList<EntryRow> Entries)
    {
        public FundRecord ToRecord(string personId) => new(
            Id, personId, HolderOf(HolderKind, Holder)!, BalancePence, [.. Entries.OrderBy(e => e.Seq).Select(e => e.ToRecord())]);
    }

    private sealed record HeldRow(string PersonId, string PersonName, FundRow Fund, IReadOnlyList<GoalRow> Goals)
    {
        public HeldFund ToRecord() => new(PersonId, PersonName, Fund.ToRecord(PersonId), [.. Goals.Select(g => g.ToRecord())]);
    }

    private sealed record GoalRow(string Id, string Text, string Status)
    {
        public FundGoal ToRecord() => new(Id, Text, EnumCodes.Parse<GoalStatus>(Status));
    }

    private sealed record EntryRow(string Id, string At, string Kind, int AmountPence, string? Description, string ApprovedBy, int Seq, string? GoalId, string? RefundOf)
    {
        public FundEntryRecord ToRecord() => new(Id, PlanQueries.Time(At), EnumCodes.Parse<FundEntryKind>(Kind), AmountPence, Description, ApprovedBy, GoalId, RefundOf);
    }
}
