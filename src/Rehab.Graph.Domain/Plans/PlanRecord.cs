using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Domain.Plans;

/// <summary>
/// A person's one plan, co-produced with them: goals in their own words, the steps agreed for each, and the reviews
/// that record their view beside the practitioner's. A person nobody has planned with yet has an empty plan (version 0).
/// </summary>
/// <remarks>
/// Beside the plan, what it builds on and must respect: the person's <see cref="Strengths"/>, their licence
/// <see cref="ExclusionZones"/> (GeoJSON) and their current <see cref="Mentors"/>.
/// </remarks>
public sealed record PlanRecord(
    string Id,
    string PersonId,
    IReadOnlyList<GoalRecord> Goals,
    IReadOnlyList<PlanReviewRecord> Reviews,
    int Version,
    IReadOnlyList<string> Strengths,
    string? ExclusionZones,
    IReadOnlyList<MentorSince> Mentors)
{
    /// <summary>The plan's id follows from its person's, so that there is one plan per person without a lookup.</summary>
    public static string IdFor(string personId) => "pln-" + personId;
}

public enum GoalStatus
{
    /// <summary>Added by the person, until their offender manager agrees it.</summary>
    Proposed,
    Active,
    Achieved,
    Dropped,
}

/// <summary>A mentor the person has now, and since when (null for a tie recorded before mentoring had dates).</summary>
public sealed record MentorSince(string MentorId, DateTimeOffset? Since);

/// <summary>A goal in the person's own words, the needs it serves and the strengths it builds on.</summary>
/// <remarks><see cref="ProposedBy"/> is the role that wrote it (PERSON or OFFENDER_MANAGER), so the plan shows whose words they are.</remarks>
public sealed record GoalRecord(
    string Id,
    string Text,
    IReadOnlyList<NeedRef> Needs,
    IReadOnlyList<string> Strengths,
    GoalStatus Status,
    IReadOnlyList<PlanStepRecord> Steps,
    DateTimeOffset CreatedAt,
    string ProposedBy);

public enum PlanStepStatus
{
    Agreed,
    Done,
    Dropped,
}

/// <summary>Who helps with a step: a service, placement or mentor in the graph, the person's family, or the person themselves.</summary>
public enum SupporterKind
{
    Service,
    Placement,
    Mentor,
    Family,
    Self,
}

/// <summary>A step agreed for a goal: what, by when, who helps (<see cref="SupporterId"/> for a supporter in the graph), and the referral that made it happen.</summary>
public sealed record PlanStepRecord(
    string Id,
    string Text,
    DateOnly? DueBy,
    PlanStepStatus Status,
    SupporterKind SupporterKind,
    string? SupporterId,
    string? ReferralId,
    IReadOnlyList<StepComment> Comments);

/// <summary>A comment on a step, by the person or their offender manager.</summary>
public sealed record StepComment(DateTimeOffset At, string AuthorRole, string Text);

/// <summary>A review: the person's own rating (1-5) and comment beside the practitioner's summary, and their social capital that day.</summary>
public sealed record PlanReviewRecord(string Id, DateTimeOffset At, int? PersonRating, string? PersonComment, string? Summary, SocialCapitalSnapshot SocialCapital);

/// <summary>
/// How many bonding, bridging and linking ties a person had at a moment: at a review, or when a referral completed
/// (<see cref="ReferralId"/> names it), counted with the ties the completion made.
/// </summary>
public sealed record SocialCapitalSnapshot(
    DateTimeOffset At, int Bonding, int Bridging, int Linking, SnapshotOccasion Occasion = SnapshotOccasion.Review, string? ReferralId = null)
{
    /// <summary>A snapshot of <paramref name="capital"/> as counted at <paramref name="at"/>.</summary>
    public static SocialCapitalSnapshot Of(Connector.SocialCapital capital, DateTimeOffset at, SnapshotOccasion occasion, string? referralId = null) =>
        new(at, capital.Bonding.Count, capital.Bridging.Count, capital.Linking.Count, occasion, referralId);
}

/// <summary>When a snapshot was taken: at a plan review, or when a referral of the person's completed.</summary>
public enum SnapshotOccasion
{
    Review,
    ReferralCompleted,
}
