using System.Globalization;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Plans;

/// <summary>
/// A goal or step as locked for a change, with its plan: whose plan it is, the goal's status, the step's when there is
/// one, and whether the caller reaches it as the person's offender manager or as the person.
/// </summary>
public sealed record LockedPlanItem(string PersonId, string GoalId, GoalStatus GoalStatus, string? StepId, PlanStepStatus? StepStatus, bool Reached, IReadOnlyList<string> GoalNeeds);

/// <summary>A goal as <c>connect</c> focuses on it: its words, its needs, whose plan it is on, and whether the caller reaches that plan.</summary>
public sealed record GoalFocus(string PersonId, string Text, GoalStatus Status, IReadOnlyList<string> Needs, bool Reached);

/// <summary>A new goal: its words, the needs it serves, the strengths it builds on, and who proposed it.</summary>
public sealed record NewGoal(string Id, string Text, IReadOnlyList<string> Needs, IReadOnlyList<string> Strengths, GoalStatus Status, CallerRole ProposedBy);

/// <summary>A new step, with who helps (<see cref="SupporterId"/> when they are in the graph) and the referral made for it.</summary>
public sealed record NewStep(string Id, string GoalId, string Text, DateOnly? DueBy, SupporterKind SupporterKind, string? SupporterId, string? ReferralId);

/// <summary>A review: the person's view, the practitioner's summary, and the social capital counted that day.</summary>
public sealed record NewReview(string Id, int? PersonRating, string? PersonComment, string? Summary, SocialCapitalSnapshot SocialCapital, CallerRole By);

/// <summary>
/// The statements of plan writes. A change to a goal or step locks its plan first (<see cref="LockGoal"/>,
/// <see cref="LockStep"/>), so changes to one plan follow each other; every change ends with <see cref="Changed"/>,
/// which counts the version and releases the lock.
/// </summary>
public static class PlanWrites
{
    /// <summary>A goal and its plan, the plan locked unless <paramref name="lockPlan"/> is false (a look before a transaction of another feature's).</summary>
    public static CypherQuery<LockedPlanItem?> LockGoal(string goalId, string? practitionerId, string? selfId, bool lockPlan = true) =>
        Lock("lock-goal", "goalId", goalId, practitionerId, selfId, lockPlan);

    public static CypherQuery<LockedPlanItem?> LockStep(string stepId, string? practitionerId, string? selfId) => Lock("lock-step", "stepId", stepId, practitionerId, selfId, true);

    public static CypherStatement AddGoal(string personId, NewGoal goal, DateTimeOffset at) => Statement("add-goal", new()
    {
        ["personId"] = personId,
        ["planId"] = PlanRecord.IdFor(personId),
        ["id"] = goal.Id,
        ["text"] = goal.Text,
        ["status"] = EnumCodes.ToCode(goal.Status),
        ["strengths"] = goal.Strengths,
        ["needs"] = goal.Needs,
        ["proposedBy"] = EnumCodes.ToCode(goal.ProposedBy),
        ["at"] = AuditTrail.Timestamp(at),
    });

    public static CypherStatement SetGoalStatus(string goalId, GoalStatus status, DateTimeOffset at) =>
        Statement("set-goal-status", new() { ["goalId"] = goalId, ["status"] = EnumCodes.ToCode(status), ["at"] = AuditTrail.Timestamp(at) });

    public static CypherStatement AddStep(NewStep step, DateTimeOffset at) => Statement("add-step", new()
    {
        ["goalId"] = step.GoalId,
        ["id"] = step.Id,
        ["text"] = step.Text,
        ["dueBy"] = step.DueBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["supporterKind"] = EnumCodes.ToCode(step.SupporterKind),
        ["supporterId"] = step.SupporterId,
        ["referralId"] = step.ReferralId,
        ["at"] = AuditTrail.Timestamp(at),
    });

    public static CypherStatement SetStepStatus(string stepId, PlanStepStatus status, DateTimeOffset at) =>
        Statement("set-step-status", new() { ["stepId"] = stepId, ["status"] = EnumCodes.ToCode(status), ["at"] = AuditTrail.Timestamp(at) });

    public static CypherStatement AddStepComment(string stepId, string text, CallerRole author, DateTimeOffset at) =>
        Statement("add-step-comment", new() { ["stepId"] = stepId, ["text"] = text, ["authorRole"] = EnumCodes.ToCode(author), ["at"] = AuditTrail.Timestamp(at) });

    public static CypherStatement RecordReview(string personId, NewReview review, DateTimeOffset at) => Statement("record-review", new()
    {
        ["personId"] = personId,
        ["planId"] = PlanRecord.IdFor(personId),
        ["id"] = review.Id,
        ["personRating"] = review.PersonRating,
        ["personComment"] = review.PersonComment,
        ["summary"] = review.Summary,
        ["actorRole"] = EnumCodes.ToCode(review.By),
        ["bonding"] = review.SocialCapital.Bonding,
        ["bridging"] = review.SocialCapital.Bridging,
        ["linking"] = review.SocialCapital.Linking,
        ["at"] = AuditTrail.Timestamp(at),
    });

    /// <summary>
    /// A snapshot taken outside a review (a completed referral): it joins the person's history without touching their plan,
    /// so a person without one gets it too, and no plan is made for it.
    /// </summary>
    public static CypherStatement RecordSnapshot(string personId, SocialCapitalSnapshot snapshot) => Statement("record-snapshot", new()
    {
        ["personId"] = personId,
        ["at"] = AuditTrail.Timestamp(snapshot.At),
        ["bonding"] = snapshot.Bonding,
        ["bridging"] = snapshot.Bridging,
        ["linking"] = snapshot.Linking,
        ["occasion"] = EnumCodes.ToCode(snapshot.Occasion),
        ["referralId"] = snapshot.ReferralId,
    });

    /// <summary>The last statement of every change to the person's plan.</summary>
    public static CypherStatement Changed(string personId, DateTimeOffset at) =>
        Statement("plan-changed", new() { ["personId"] = personId, ["at"] = AuditTrail.Timestamp(at) });

    private static CypherQuery<LockedPlanItem?> Lock(string name, string key, string id, string? practitionerId, string? selfId, bool lockPlan) => new(
        Statement(name, new() { [key] = id, ["practitionerId"] = practitionerId, ["selfId"] = selfId, ["lock"] = lockPlan }) with { ReadsUnderLock = lockPlan },
        result => result.Rows.Count == 0 ? null : result.Single<LockedRow>("locked").ToLocked());

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) => CypherStatement.From($"Plans/{name}.cypher", parameters);

    private sealed record LockedRow(string PersonId, string GoalId, string Status, string? StepId, string? StepStatus, bool Reached, IReadOnlyList<string>? Needs)
    {
        public LockedPlanItem ToLocked() => new(
            PersonId, GoalId, EnumCodes.Parse<GoalStatus>(Status), StepId, StepStatus is null ? null : EnumCodes.Parse<PlanStepStatus>(StepStatus), Reached, Needs ?? []);
    }
}
