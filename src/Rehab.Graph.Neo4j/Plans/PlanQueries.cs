using System.Globalization;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Plans;

/// <summary>
/// Reads of plans, each scoped in the statement to the person's offender manager (<c>practitionerId</c>) or the person
/// themselves (<c>selfId</c>); anyone else reads nothing.
/// </summary>
public static class PlanQueries
{
    /// <summary>The person's plan, empty before the first goal or review; null when there is no such person or the caller does not reach them.</summary>
    public static CypherQuery<PlanRecord?> Plan(string personId, string? practitionerId, string? selfId) => new(
        Statement("plan", personId, practitionerId, selfId),
        result => result.Rows.Count == 0 ? null : result.Single<PlanRow>("plan").ToRecord());

    /// <summary>Null when there is no such person; otherwise whether the caller reaches their plan.</summary>
    public static CypherQuery<bool?> Reach(string personId, string? practitionerId, string? selfId) => new(
        Statement("plan-reach", personId, practitionerId, selfId),
        result => result.Rows.Count == 0 ? null : result.Single<bool>("reached"));

    /// <summary>The social capital recorded for the person, oldest first; empty when the caller does not reach them.</summary>
    public static CypherQuery<IReadOnlyList<SocialCapitalSnapshot>> SocialCapitalHistory(string personId, string? practitionerId, string? selfId) => new(
        Statement("social-capital-history", personId, practitionerId, selfId),
        result => result.Rows.Count == 0 ? [] : [.. result.Single<IReadOnlyList<SnapshotRow>>("history").Select(s => s.ToSnapshot()).OrderBy(s => s.At).ThenBy(s => s.Occasion)]);

    /// <summary>A goal's words and needs, and whose plan it is on; null when there is no such goal.</summary>
    public static CypherQuery<GoalFocus?> Goal(string goalId, string? practitionerId, string? selfId) => new(
        CypherStatement.From("Plans/goal.cypher", new Dictionary<string, object?> { ["goalId"] = goalId, ["practitionerId"] = practitionerId, ["selfId"] = selfId }),
        result => result.Rows.Count == 0 ? null : result.Single<GoalFocusRow>("goal").ToFocus());

    /// <summary>
    /// Goals by id, for those who reach the plan they are on: the person's offender manager (<paramref name="practitionerId"/>)
    /// or the person (<paramref name="selfId"/>). The scope is in the name, so one request's goals share a statement.
    /// </summary>
    public static KeyedQuery<string, GoalRecord> GoalsById(string? practitionerId, string? selfId) => new(
        $"Plans/goals:{practitionerId}:{selfId}",
        ids => CypherStatement.From("Plans/goals.cypher", new Dictionary<string, object?> { ["ids"] = ids, ["practitionerId"] = practitionerId, ["selfId"] = selfId }),
        (result, _) => result.Read<GoalRow>("goal").ToDictionary(g => g.Id, g => g.ToRecord()));

    internal static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static CypherStatement Statement(string name, string personId, string? practitionerId, string? selfId) =>
        CypherStatement.From($"Plans/{name}.cypher", new Dictionary<string, object?> { ["personId"] = personId, ["practitionerId"] = practitionerId, ["selfId"] = selfId });

    private sealed record GoalFocusRow(string PersonId, string Text, string Status, IReadOnlyList<string> Needs, bool Reached)
    {
        public GoalFocus ToFocus() => new(PersonId, Text, EnumCodes.Parse<GoalStatus>(Status), Needs, Reached);
    }

    private sealed record PlanRow(
        string PersonId, int Version, IReadOnlyList<GoalRow> Goals, IReadOnlyList<ReviewRow> Reviews, IReadOnlyList<string> Strengths, string? ExclusionZones,
        IReadOnlyList<MentorRow> Mentors)
    {
        public PlanRecord ToRecord() => new(
            PlanRecord.IdFor(PersonId), PersonId, [.. Goals.Select(g => g.ToRecord()).OrderBy(g => g.CreatedAt).ThenBy(g => g.Id, StringComparer.Ordinal)],
            [.. Reviews.Select(r => r.ToRecord()).OrderBy(r => r.At)], Version, [.. Strengths.Order(StringComparer.Ordinal)], ExclusionZones,
            [.. Mentors.Select(m => new MentorSince(m.MentorId, m.Since is null ? null : Time(m.Since))).OrderBy(m => m.MentorId, StringComparer.Ordinal)]);
    }

    private sealed record MentorRow(string MentorId, string? Since);

    private sealed record GoalRow(
        string Id, string Text, string Status, IReadOnlyList<string>? Strengths, string CreatedAt, string ProposedBy, IReadOnlyList<NeedRef> Needs, IReadOnlyList<StepRow> Steps)
    {
        public GoalRecord ToRecord() => new(
            Id, Text, [.. Needs.OrderBy(n => n.Code, StringComparer.Ordinal)], Strengths ?? [], EnumCodes.Parse<GoalStatus>(Status),
            [.. Steps.OrderBy(s => s.CreatedAt, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.ToRecord())], Time(CreatedAt), ProposedBy);
    }

    private sealed record StepRow(
        string Id, string Text, string? DueBy, string Status, string SupporterKind, string CreatedAt, string? SupporterId, string? ReferralId, IReadOnlyList<CommentRow> Comments)
    {
        public PlanStepRecord ToRecord() => new(
            Id, Text, DueBy is null ? null : DateOnly.ParseExact(DueBy, "yyyy-MM-dd", CultureInfo.InvariantCulture), EnumCodes.Parse<PlanStepStatus>(Status),
            EnumCodes.Parse<SupporterKind>(SupporterKind), SupporterId, ReferralId,
            [.. Comments.Select(c => new StepComment(Time(c.At), c.AuthorRole, c.Text)).OrderBy(c => c.At)]);
    }

    private sealed record CommentRow(string At, string AuthorRole, string Text);

    private sealed record ReviewRow(string Id, string At, int? PersonRating, string? PersonComment, string? Summary, SnapshotRow SocialCapital)
    {
        public PlanReviewRecord ToRecord() => new(Id, Time(At), PersonRating, PersonComment, Summary, SocialCapital.ToSnapshot());
    }

    private sealed record SnapshotRow(string At, int Bonding, int Bridging, int Linking, string? Occasion, string? ReferralId)
    {
        public SocialCapitalSnapshot ToSnapshot() =>
            new(Time(At), Bonding, Bridging, Linking, Occasion is null ? SnapshotOccasion.Review : EnumCodes.Parse<SnapshotOccasion>(Occasion), ReferralId);
    }
}
