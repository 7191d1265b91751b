using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Features.Referrals;

/// <summary>A referral as an offender manager asked for it, not yet validated: a person, and a service or a placement.</summary>
public sealed record ReferralRequest(string PersonId, string? ServiceId, string? PlacementId, IReadOnlyList<string>? Needs, string? Note, int? HoursOrdered);

/// <summary>A referral an offender manager asks for, validated except against the graph.</summary>
/// <summary>
/// A referral to make. <see cref="GoalNeeds"/> are the needs of the plan goal a step makes it for: those the service
/// addresses are what it is for, before the person's assessed needs.
/// </summary>
public sealed record NewReferral(string PersonId, ReferralTargetKind TargetKind, string TargetId, IReadOnlyList<string> Needs, string? Note, int? HoursOrdered, IReadOnlyList<string>? GoalNeeds = null);

/// <summary>One workflow step asked for: what the domain decides from the referral's state, and what the step records.</summary>
internal sealed record ReferralStep(Func<ReferralState, ReferralChange> Decide, ReferralChangeDetails Details);

/// <summary>
/// What a feature that builds on referrals adds to a new referral's transaction: reads that go with the first round trip
/// (e.g. a case to lock), and writes that go with the commit, decided from those reads and the referral made. Either may
/// throw to abandon the whole transaction. <see cref="Referrer"/> is who refers, e.g. the coordinator of a case.
/// </summary>
public sealed record ReferralExtension(
    CaseCoordinator Referrer, IReadOnlyList<CypherStatement> Reads, Func<IReadOnlyList<CypherResult>, CreatedReferral, IReadOnlyList<CypherStatement>> Writes);

/// <summary>A referral that has reached an end: completed, declined or withdrawn.</summary>
public sealed record ReferralOutcome(string ReferralId, ReferralStatus Status, DateTimeOffset At);

/// <summary>What a handler adds to the transaction that ends a referral; <see cref="TellsPersonSide"/> when it tells the person's side itself.</summary>
public sealed record ReferralOutcomeWrites(IReadOnlyList<CypherStatement> Writes, bool TellsPersonSide)
{
    public static ReferralOutcomeWrites None { get; } = new([], false);
}

/// <summary>
/// A feature that builds on referrals and follows their ends, in the same transaction: its read goes with the referral's
/// lock (no extra round trip), and its writes with the change's commit.
/// </summary>
public interface IReferralOutcomeHandler
{
    CypherStatement Read(string referralId);

    ReferralOutcomeWrites Handle(CypherResult read, ReferralOutcome outcome);
}
