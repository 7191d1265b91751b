using System.Globalization;
using Rehab.Graph.Domain.Commissioning;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Plans;

namespace Rehab.Graph.Neo4j.Commissioning;

/// <summary>Aggregates for commissioners: counts over people, never the people.</summary>
public static class CommissioningQueries
{
    /// <summary>A referral in one of these states links the person to support for the needs it is for.</summary>
    private static readonly IReadOnlyList<string> ConnectingStatuses =
        [.. new[] { ReferralStatus.Pending, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed }.Select(EnumCodes.ToCode<ReferralStatus>)];

    /// <summary>
    /// Every district and need with at least one person, by district then need code; empty lists mean all. With
    /// <paramref name="byAndFor"/>, only the people who want that community's own services.
    /// </summary>
    public static CypherQuery<IReadOnlyList<AreaNeedCount>> NeedCounts(IReadOnlyList<string> areas, IReadOnlyList<string> needs, string? byAndFor = null) => new(
        CypherStatement.From("Commissioning/need-counts.cypher", new Dictionary<string, object?>
        {
            ["areas"] = areas,
            ["needs"] = needs,
            ["byAndFor"] = byAndFor,
            ["connectingStatuses"] = ConnectingStatuses,
        }),
        result => [.. result.Read<Row>("row").Select(r => new AreaNeedCount(r.Area, new NeedRef(r.Code, r.Label), r.People, r.Unmet))]);

    /// <summary>Each area's evaluation over the period, by district; an area with no person on probation has none.</summary>
    public static CypherQuery<IReadOnlyList<AreaEvaluation>> Evaluation(IReadOnlyList<string> areas, EvaluationPeriod period) => new(
        CypherStatement.From("Commissioning/evaluation.cypher", new Dictionary<string, object?>
        {
            ["areas"] = areas,
            ["from"] = AuditTrail.Timestamp(period.Start),
            ["to"] = AuditTrail.Timestamp(period.End),
            ["fromDate"] = period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["toDate"] = period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }),
        result => [.. result.Read<ActivityRow>("person").Select(r => r.ToActivity())
            .GroupBy(a => a.Area, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => AreaEvaluation.Of(g.Key, period, [.. g]))]);

    private sealed record Row(string Area, string Code, string Label, int People, int Unmet);

    private sealed record ActivityRow(
        string Area, bool HasPlan, int GoalsMet, int ReferralsMade, int ReferralsCompleted, double HoursDone, IReadOnlyList<SpendRow> Spends, IReadOnlyList<SnapshotRow> Snapshots)
    {
        public PersonActivity ToActivity() => new(
            Area, HasPlan, GoalsMet, ReferralsMade, ReferralsCompleted, HoursDone, [.. Spends.Select(s => new PersonSpend(s.AmountPence, s.Needs))],
            [.. Snapshots.Select(s => new SnapshotCounts(PlanQueries.Time(s.At), s.Bonding, s.Bridging, s.Linking))]);
    }

    private sealed record SpendRow(int AmountPence, IReadOnlyList<NeedRef> Needs);

    private sealed record SnapshotRow(string At, int Bonding, int Bridging, int Linking);
}
