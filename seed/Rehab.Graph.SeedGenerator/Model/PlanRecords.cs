using Rehab.Graph.Domain.Funds;
using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.SeedGenerator;

// plans.json and funds.json: what the hub's own writes would have left after the months of planning they describe, so a
// node's version and a fund's balance read as if every change had gone through the API. Times are written as the hub
// stores them (SeedWriter's timestamp converter), so statements and sorting treat seeded and written items alike.

public sealed record PersonPlan(
    string Id,
    string PersonId,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanReview> Reviews);

/// <param name="ProposedBy">The role that wrote the goal: OFFENDER_MANAGER (with the person) or PERSON.</param>
public sealed record PlanGoal(
    string Id,
    string Text,
    IReadOnlyList<NeedCode> Needs,
    IReadOnlyList<StrengthCode> Strengths,
    GoalStatus Status,
    string ProposedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<PlanStep> Steps);

/// <param name="UpdatedAt">When the step was last marked (DONE or DROPPED); a tie to its supporter formed then when DONE.</param>
public sealed record PlanStep(
    string Id,
    string Text,
    DateOnly? DueBy,
    PlanStepStatus Status,
    SupporterKind SupporterKind,
    string? SupporterId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<PlanStepComment> Comments);

public sealed record PlanStepComment(DateTimeOffset At, string AuthorRole, string Text);

public sealed record PlanReview(
    string Id,
    DateTimeOffset At,
    int? PersonRating,
    string? PersonComment,
    string? Summary,
    string By,
    SocialCapitalCount SocialCapital);

/// <summary>How many bonding, bridging and linking ties the person had at a review, counted by the connector's rules.</summary>
public sealed record SocialCapitalCount(int Bonding, int Bridging, int Linking);

public sealed record PersonalFund(
    string Id,
    string PersonId,
    FundHolderKind HolderKind,
    string Holder,
    int BalancePence,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<FundLine> Entries);

public sealed record FundLine(
    string Id,
    DateTimeOffset At,
    FundEntryKind Kind,
    int AmountPence,
    string Description,
    string ApprovedBy,
    int Seq,
    string? GoalId,
    string? RefundOf);
