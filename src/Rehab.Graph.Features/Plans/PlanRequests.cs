using Rehab.Graph.Domain.Plans;

namespace Rehab.Graph.Features.Plans;

/// <summary>A goal as the person or their offender manager wrote it, not yet validated.</summary>
public sealed record GoalRequest(string PersonId, string Text, IReadOnlyList<string>? Needs, IReadOnlyList<string>? Strengths);

/// <summary>
/// A step as asked for, not yet validated: who helps is one of a service, placement or mentor in the graph, or
/// <see cref="Supporter"/> (FAMILY or SELF); with <see cref="Refer"/>, the step makes its referral to the service or placement.
/// </summary>
public sealed record StepRequest(
    string GoalId, string Text, DateOnly? DueBy, string? ServiceId, string? PlacementId, string? MentorId, SupporterKind? Supporter, bool Refer, string? Note, int? HoursOrdered);

/// <summary>A review as recorded: the person's rating and comment, and (by the offender manager only) the summary.</summary>
public sealed record ReviewRequest(string PersonId, int? PersonRating, string? PersonComment, string? Summary);

/// <summary>What a person on probation sees of themselves: their id and plan; their referrals and history are read beside it.</summary>
public sealed record PersonalView(string PersonId, PlanRecord Plan);
