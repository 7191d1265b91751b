using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Commissioning;

/// <summary>Aggregates for commissioners: counts over people, never the people.</summary>
public static class CommissioningQueries
{
    /// <summary>A referral in one of these states links the person to support for the needs it is for.</summary>
    private static readonly IReadOnlyList<string> ConnectingStatuses =
        [.. new[] { ReferralStatus.Pending, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed }.Select(EnumCodes.ToCode<ReferralStatus>)];

    /// <summary>Every district and need with at least one person, by district then need code; empty lists mean all.</summary>
    public static CypherQuery<IReadOnlyList<AreaNeedCount>> NeedCounts(IReadOnlyList<string> areas, IReadOnlyList<string> needs) => new(
        CypherStatement.From("Commissioning/need-counts.cypher", new Dictionary<string, object?>
        {
            ["areas"] = areas,
            ["needs"] = needs,
            ["connectingStatuses"] = ConnectingStatuses,
        }),
        result => [.. result.Read<Row>("row").Select(r => new AreaNeedCount(r.Area, new NeedRef(r.Code, r.Label), r.People, r.Unmet))]);

    private sealed record Row(string Area, string Code, string Label, int People, int Unmet);
}
