using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Features.Referrals;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Connector;
using Rehab.Graph.Neo4j.Listings;
using Rehab.Graph.Neo4j.Plans;

namespace Rehab.Graph.Features.Plans;

/// <summary>
/// A person's plan, shared by the person and their offender manager: each reaches only the plan of the person in question,
/// checked in the statements. Reads are audited. A change to a goal or step locks the plan, lets the domain decide, and
/// writes with its audit entry in one transaction; a step that needs a referral makes it through the referral rules, in the
/// referral's own transaction.
/// </summary>
public sealed class PlanService(CypherClient cypher, ReadBatch reads, AuditLog audit, ReferralService referrals, TimeProvider clock)
{
    /// <summary>
    /// The person's plan; null when there is no such person, FORBIDDEN when it is not the caller's to see. A pending read,
    /// so that plans asked for at once (aliases) go to Neo4j in one request.
    /// </summary>
    public PendingRead<PlanRecord?> Plan(string personId, Caller caller)
    {
        var scope = Scope(caller.Require(AccessPolicy.Plan), personId, "personId");
        var plan = reads.Run(PlanQueries.Plan(personId, scope.PractitionerId, scope.SelfId));
        var audited = Audited(caller, AuditActions.PlanRead, personId);
        return reads.Run(PlanQueries.Reach(personId, scope.PractitionerId, scope.SelfId)).After(audited)
            .ThenAsync(async reach => Reached(reach, personId) ? await plan.GetResultAsync() : null);
    }

    /// <summary>
    /// The goal a fund entry was for, for those who may read the plan it is on (the person's offender manager, the person);
    /// null for anyone else who reads the fund (an admin, the women's service holding it), who has its id. Read under the
    /// fund read's own audit entry.
    /// </summary>
    public PendingRead<GoalRecord?> FundGoal(string goalId, Caller caller)
    {
        if (!caller.Holds(AccessPolicy.Plan))
        {
            return PendingRead<GoalRecord?>.Known(null);
        }

        var scope = Scope(caller.Require(AccessPolicy.Plan));
        return reads.Load(PlanQueries.GoalsById(scope.PractitionerId, scope.SelfId), goalId);
    }

    /// <summary>The signed-in person's own view: their plan, and through it the rest of what is theirs; null when their token names no stored person.</summary>
    public async Task<PersonalView?> MeAsync(Caller caller, CancellationToken cancellationToken)
    {
        var personId = caller.Require(AccessPolicy.Me).Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person.");
        return await Plan(personId, caller).GetResultAsync(cancellationToken) is { } plan ? new PersonalView(personId, plan) : null;
    }

    /// <summary>The person's social capital at each review and completed referral, oldest first; a pending read, as <see cref="Plan"/> is.</summary>
    public PendingRead<IReadOnlyList<SocialCapitalSnapshot>> SocialCapitalHistory(string personId, Caller caller)
    {
        var scope = Scope(caller.Require(AccessPolicy.SocialCapitalHistory), personId, "personId");
        var history = reads.Run(PlanQueries.SocialCapitalHistory(personId, scope.PractitionerId, scope.SelfId));
        var audited = Audited(caller, AuditActions.SocialCapitalRead, personId);
        return reads.Run(PlanQueries.Reach(personId, scope.PractitionerId, scope.SelfId)).After(audited)
            .ThenAsync(async reach => Reached(reach, personId)
                ? await history.GetResultAsync()
                : throw new NotFoundException("personId", $"No person with id '{personId}'."));
    }

    /// <summary>A goal in the person's words: ACTIVE when their offender manager adds it with them, PROPOSED when the person adds it alone.</summary>
    public async Task<GoalRecord> AddGoalAsync(GoalRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.AddGoal);
        var scope = Scope(grant, request.PersonId, "input.personId");
        var goal = new NewGoal(
            $"gol-{Guid.CreateVersion7(clock.GetUtcNow()):N}",
            PlanRules.Text(request.Text, PlanRules.MaxGoalText, "input.text", required: true)!,
            NeedCodes.Validate(request.Needs, "input.needs"),
            StrengthCodes.Validate(request.Strengths, "input.strengths"),
            PlanRules.NewGoalStatus(grant),
            caller.Role);
        var plan = await cypher.InTransactionAsync(async transaction =>
        {
            var reach = await transaction.QueryAsync(PlanQueries.Reach(request.PersonId, scope.PractitionerId, scope.SelfId));
            Reached(reach, request.PersonId, "input.personId", orThrow: true);
            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, request.PersonId, scope, now,
                PlanWrites.AddGoal(request.PersonId, goal, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.GoalAdded, goal.Id, $"{request.PersonId}: {EnumCodes.ToCode(goal.Status)}")));
        }, cancellationToken);
        return plan.Goals.Single(g => g.Id == goal.Id);
    }

    /// <summary>The offender manager agrees a proposed goal, marks one achieved, drops it, or takes it up again.</summary>
    public async Task<GoalRecord> SetGoalStatusAsync(string goalId, GoalStatus status, Caller caller, CancellationToken cancellationToken)
    {
        var scope = Scope(caller.Require(AccessPolicy.SetGoalStatus));
        Ids.Require(goalId, Ids.Goal, "input.goalId");
        var plan = await cypher.InTransactionAsync(async transaction =>
        {
            var locked = Found(await transaction.QueryAsync(PlanWrites.LockGoal(goalId, scope.PractitionerId, scope.SelfId)), "input.goalId", goalId, "goal");
            PlanRules.CheckGoalChange(goalId, locked.GoalStatus, status);
            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, locked.PersonId, scope, now,
                PlanWrites.SetGoalStatus(goalId, status, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.GoalStatusSet, goalId, $"{EnumCodes.ToCode(locked.GoalStatus)} -> {EnumCodes.ToCode(status)}")));
        }, cancellationToken);
        return plan.Goals.Single(g => g.Id == goalId);
    }

    /// <summary>
    /// A step agreed for an active goal. With <see cref="StepRequest.Refer"/>, the step's service or placement gets a referral
    /// made by the referral rules (eligibility, exclusions, capacity), in one transaction with the step.
    /// </summary>
    public async Task<PlanStepRecord> AddStepAsync(StepRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var scope = Scope(caller.Require(AccessPolicy.AddPlanStep));
        var step = ValidatedStep(request, clock.GetUtcNow());
        var referral = request.Refer ? ReferralFor(request, step, caller) : null;
        var supporter = SupporterQuery(step);

        PlanRecord plan;
        if (referral is null)
        {
            plan = await cypher.InTransactionAsync(async transaction =>
            {
                var lockGoal = PlanWrites.LockGoal(step.GoalId, scope.PractitionerId, scope.SelfId);
                var read = await transaction.RunAsync([lockGoal.Statement, .. supporter is null ? [] : new[] { supporter.Statement }]);
                var locked = StepGoal(lockGoal.Read(read[0]), step.GoalId);
                supporter?.Check(read[1]);
                var now = clock.GetUtcNow();
                return await CommitAsync(transaction, locked.PersonId, scope, now, [.. StepWrites(step, caller, now)]);
            }, cancellationToken);
        }
        else
        {
            // The person comes first, to make the referral; the goal is then locked and checked again in the referral's transaction.
            var goal = StepGoal(await cypher.QueryAsync(PlanWrites.LockGoal(step.GoalId, scope.PractitionerId, scope.SelfId, lockPlan: false), cancellationToken), step.GoalId);
            var lockGoal = PlanWrites.LockGoal(step.GoalId, scope.PractitionerId, scope.SelfId);
            var extension = new ReferralExtension(new CaseCoordinator(scope.PractitionerId, null), [lockGoal.Statement], (read, created) =>
            {
                StepGoal(lockGoal.Read(read[0]), step.GoalId);
                var withReferral = step with { ReferralId = created.Id };
                return [.. StepWrites(withReferral, caller, created.At), PlanWrites.Changed(goal.PersonId, created.At)];
            });
            await referrals.CreateForAsync(referral(goal.PersonId, goal.GoalNeeds), caller, extension, cancellationToken);
            plan = (await cypher.QueryAsync(PlanQueries.Plan(goal.PersonId, scope.PractitionerId, scope.SelfId), cancellationToken))!;
        }

        return plan.Goals.SelectMany(g => g.Steps).Single(s => s.Id == step.Id);
    }

    /// <summary>The offender manager marks a step done or dropped, or agrees a dropped one again.</summary>
    public async Task<PlanStepRecord> SetStepStatusAsync(string stepId, PlanStepStatus status, Caller caller, CancellationToken cancellationToken)
    {
        var scope = Scope(caller.Require(AccessPolicy.SetPlanStepStatus));
        Ids.Require(stepId, Ids.PlanStep, "input.stepId");
        var plan = await cypher.InTransactionAsync(async transaction =>
        {
            var locked = Found(await transaction.QueryAsync(PlanWrites.LockStep(stepId, scope.PractitionerId, scope.SelfId)), "input.stepId", stepId, "step");
            PlanRules.CheckStepChange(stepId, locked.StepStatus!.Value, status);
            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, locked.PersonId, scope, now,
                PlanWrites.SetStepStatus(stepId, status, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PlanStepStatusSet, stepId, $"{EnumCodes.ToCode(locked.StepStatus.Value)} -> {EnumCodes.ToCode(status)}")));
        }, cancellationToken);
        return plan.Goals.SelectMany(g => g.Steps).Single(s => s.Id == stepId);
    }

    /// <summary>The person or their offender manager comments on a step.</summary>
    public async Task<PlanStepRecord> CommentOnStepAsync(string stepId, string? text, Caller caller, CancellationToken cancellationToken)
    {
        var scope = Scope(caller.Require(AccessPolicy.CommentOnPlanStep));
        Ids.Require(stepId, Ids.PlanStep, "input.stepId");
        var comment = PlanRules.Text(text, PlanRules.MaxComment, "input.text", required: true)!;
        var plan = await cypher.InTransactionAsync(async transaction =>
        {
            var locked = Found(await transaction.QueryAsync(PlanWrites.LockStep(stepId, scope.PractitionerId, scope.SelfId)), "input.stepId", stepId, "step");
            var now = clock.GetUtcNow();
            return await CommitAsync(transaction, locked.PersonId, scope, now,
                PlanWrites.AddStepComment(stepId, comment, caller.Role, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PlanStepCommented, stepId)));
        }, cancellationToken);
        return plan.Goals.SelectMany(g => g.Steps).Single(s => s.Id == stepId);
    }

    /// <summary>
    /// A review: the person's own rating and comment, and the offender manager's summary (only theirs to write), with the
    /// person's social capital counted from their network as it is now.
    /// </summary>
    public async Task<PlanReviewRecord> RecordReviewAsync(ReviewRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var grant = caller.Require(AccessPolicy.RecordPlanReview);
        var scope = Scope(grant, request.PersonId, "input.personId");
        var rating = PlanRules.Rating(request.PersonRating, "input.personRating");
        var comment = PlanRules.Text(request.PersonComment, PlanRules.MaxComment, "input.personComment", required: false);
        var summary = PlanRules.Text(request.Summary, PlanRules.MaxSummary, "input.summary", required: false);
        if (grant.Actor == Actor.Person && summary is not null)
        {
            throw new InvalidInputException("input.summary", "The summary is your offender manager's to write; give your own view as 'personRating' and 'personComment'.");
        }

        if (rating is null && comment is null && summary is null)
        {
            throw new InvalidInputException("input", "A review needs at least one of 'personRating', 'personComment' or 'summary'.");
        }

        var id = $"rvw-{Guid.CreateVersion7(clock.GetUtcNow()):N}";
        var plan = await cypher.InTransactionAsync(async transaction =>
        {
            var now = clock.GetUtcNow();
            var person = ConnectorQueries.Person(request.PersonId, scope.PractitionerId, now.Year, selfId: scope.SelfId);
            var reach = PlanQueries.Reach(request.PersonId, scope.PractitionerId, scope.SelfId);
            var read = await transaction.RunAsync(reach.Statement, person.Statement);
            Reached(reach.Read(read[0]), request.PersonId, "input.personId", orThrow: true);
            var capital = SocialCapital.Of(person.Read(read[1])!.Network, []);
            var review = new NewReview(id, rating, comment, summary, SocialCapitalSnapshot.Of(capital, now, SnapshotOccasion.Review), caller.Role);
            return await CommitAsync(transaction, request.PersonId, scope, now,
                PlanWrites.RecordReview(request.PersonId, review, now),
                AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PlanReviewed, id, request.PersonId)));
        }, cancellationToken);
        return plan.Reviews.Single(r => r.Id == id);
    }

    /// <summary>Whose plan the caller reaches: an offender manager's caseload (checked in the statements), or the person's own.</summary>
    private readonly record struct PlanScope(string? PractitionerId, string? SelfId);

    /// <summary>The scope of a grant over a named person: a person on probation reaches only their own plan, refused here before any read.</summary>
    private static PlanScope Scope(Grant grant, string personId, string field)
    {
        Ids.Require(personId, Ids.Person, field);
        if (grant.Actor == Actor.Person && personId != grant.Caller.PersonId)
        {
            throw new ForbiddenException("You may see and change your own plan only.");
        }

        return Scope(grant);
    }

    private static PlanScope Scope(Grant grant) => grant.Actor == Actor.Person
        ? new PlanScope(null, grant.Caller.PersonId ?? throw new InvalidOperationException("A PERSON grant names no person."))
        : new PlanScope(grant.PractitionerId, null);

    /// <summary>Whether the caller reaches the person's plan: false for no such person; FORBIDDEN for someone else's.</summary>
    private static bool Reached(bool? reach, string personId, string field = "personId", bool orThrow = false) => reach switch
    {
        null when orThrow => throw new NotFoundException(field, $"No person with id '{personId}'."),
        null => false,
        false => throw new ForbiddenException($"Person '{personId}' is not on your caseload."),
        true => true,
    };

    private static LockedPlanItem Found(LockedPlanItem? locked, string field, string id, string what) => locked switch
    {
        null => throw new NotFoundException(field, $"No {what} with id '{id}'."),
        { Reached: false } => throw new ForbiddenException($"The {what} '{id}' is on the plan of someone not on your caseload."),
        _ => locked,
    };

    /// <summary>The goal a new step is for: found, reached, and active (a proposal is agreed first; an achieved or dropped goal needs no steps).</summary>
    private static LockedPlanItem StepGoal(LockedPlanItem? locked, string goalId)
    {
        var goal = Found(locked, "input.goalId", goalId, "goal");
        return goal.GoalStatus == GoalStatus.Active
            ? goal
            : throw new ConflictException($"Goal '{goalId}' is {EnumCodes.ToCode(goal.GoalStatus)}; steps are agreed for ACTIVE goals only.");
    }

    private static NewStep ValidatedStep(StepRequest request, DateTimeOffset now)
    {
        var goalId = Ids.Require(request.GoalId, Ids.Goal, "input.goalId");
        var text = PlanRules.Text(request.Text, PlanRules.MaxStepText, "input.text", required: true)!;
        var dueBy = PlanRules.DueBy(request.DueBy, DateOnly.FromDateTime(now.UtcDateTime), "input.dueBy");
        var (kind, supporterId) = (request.ServiceId, request.PlacementId, request.MentorId, request.Supporter) switch
        {
            ({ } s, null, null, null or SupporterKind.Service) => (SupporterKind.Service, Ids.Require(s, Ids.Service, "input.serviceId")),
            (null, { } p, null, null or SupporterKind.Placement) => (SupporterKind.Placement, Ids.Require(p, Ids.Placement, "input.placementId")),
            (null, null, { } m, null or SupporterKind.Mentor) => (SupporterKind.Mentor, Ids.Require(m, Ids.Mentor, "input.mentorId")),
            (null, null, null, SupporterKind.Family or SupporterKind.Self) => (request.Supporter.Value, (string?)null),
            (null, null, null, { } named) => throw new InvalidInputException("input.supporter", $"A {EnumCodes.ToCode(named)} supporter is named by its id: give 'serviceId', 'placementId' or 'mentorId'."),
            _ => throw new InvalidInputException("input", "Who helps with a step is one of 'serviceId', 'placementId', 'mentorId' or 'supporter' (FAMILY or SELF)."),
        };
        return new NewStep($"stp-{Guid.CreateVersion7(now):N}", goalId, text, dueBy, kind, supporterId, null);
    }

    /// <summary>The referral a step asks for, validated before any read and made for the goal's person: to its service or placement; a mentor or family are not referred to.</summary>
    private static Func<string, IReadOnlyList<string>, NewReferral> ReferralFor(StepRequest request, NewStep step, Caller caller)
    {
        caller.Require(AccessPolicy.CreateReferral);
        var kind = step.SupporterKind switch
        {
            SupporterKind.Service => ReferralTargetKind.Service,
            SupporterKind.Placement => ReferralTargetKind.Placement,
            _ => throw new InvalidInputException("input.refer", "Only a step with a service or a placement makes a referral."),
        };
        // The step's words stay on the plan: the organisation sees only the note given for it, as with any referral.
        var note = ReferralWorkflow.ValidateText(request.Note, "input.note", required: false);
        var hours = ReferralWorkflow.ValidateHoursOrdered(kind, request.HoursOrdered, "input.hoursOrdered");
        return (personId, goalNeeds) => new NewReferral(personId, kind, step.SupporterId!, [], note, hours, goalNeeds);
    }

    /// <summary>The supporter of a step, when it is in the graph: it must exist, and a service must not be closed.</summary>
    private static SupporterCheck? SupporterQuery(NewStep step) => step.SupporterId is not { } id ? null : step.SupporterKind switch
    {
        SupporterKind.Service => new SupporterCheck(ListingQueries.ServicesById.Statement([id]), r =>
            ListingQueries.ServicesById.Read(r, [id]).TryGetValue(id, out var s) && s.Status != ServiceStatus.Closed, "input.serviceId", $"No open service with id '{id}'."),
        SupporterKind.Placement => new SupporterCheck(ListingQueries.PlacementsById.Statement([id]), r =>
            ListingQueries.PlacementsById.Read(r, [id]).ContainsKey(id), "input.placementId", $"No placement with id '{id}'."),
        _ => new SupporterCheck(ListingQueries.MentorsById.Statement([id]), r =>
            ListingQueries.MentorsById.Read(r, [id]).ContainsKey(id), "input.mentorId", $"No mentor with id '{id}'."),
    };

    private sealed record SupporterCheck(CypherStatement Statement, Func<CypherResult, bool> Exists, string Field, string Message)
    {
        public void Check(CypherResult result)
        {
            if (!Exists(result))
            {
                throw new NotFoundException(Field, Message);
            }
        }
    }

    private static IEnumerable<CypherStatement> StepWrites(NewStep step, Caller caller, DateTimeOffset now) =>
    [
        PlanWrites.AddStep(step, now),
        AuditTrail.Record(AuditEntry.For(caller, now, AuditActions.PlanStepAdded, step.Id, step.ReferralId is { } referralId ? $"{step.GoalId}, referral {referralId}" : step.GoalId)),
    ];

    /// <summary>Commits a change with the plan's version counted, and reads the plan back in the same request.</summary>
    private static async Task<PlanRecord> CommitAsync(CypherTransaction transaction, string personId, PlanScope scope, DateTimeOffset now, params CypherStatement[] writes)
    {
        var readBack = PlanQueries.Plan(personId, scope.PractitionerId, scope.SelfId);
        var results = await transaction.CommitAsync([.. writes, PlanWrites.Changed(personId, now), readBack.Statement]);
        return readBack.Read(results[^1]) ?? throw new InvalidOperationException("A plan was written but cannot be read back.");
    }

    private Task Audited(Caller caller, string action, string personId) => audit.RecordAsync(AuditEntry.For(caller, clock.GetUtcNow(), action, personId));
}
