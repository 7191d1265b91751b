using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Geography;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Plans;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Api.Plans;

/// <summary>How long a plan's lists grow, for the cost of a query: a plan holds a handful of goals, each a handful of steps.</summary>
internal static class PlanComplexity
{
    public const double GoalsPerPlan = 10;
    public const double StepsPerGoal = 10;
    public const double ReviewsPerPlan = 12;
    public const double CommentsPerStep = 10;
}

public sealed class PlanType : ObjectGraphType<PlanRecord>
{
    public PlanType()
    {
        Name = "Plan";
        Description = "A person's plan, co-produced with them: goals in their own words, the steps agreed, and reviews with their own view.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GoalType>>>>("goals").Description("Oldest first.")
            .WithComplexityImpact(1, PlanComplexity.GoalsPerPlan).Resolve(c => c.Source.Goals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanReviewType>>>>("reviews").Description("Oldest first.")
            .WithComplexityImpact(1, PlanComplexity.ReviewsPerPlan).Resolve(c => c.Source.Reviews);
        Field(p => p.Version).Description("How many changes the plan has had; 0 before its first goal or review.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("strengths").Description("The person's strengths and interests (codes), which goals build on.")
            .Resolve(c => c.Source.Strengths);
        Field<GeoJsonGraphType>("exclusionZones").Description("The person's licence exclusion zones, as GeoJSON; null when they have none.")
            .Resolve(c => c.Source.ExclusionZones is { } zones ? JsonDocument.Parse(zones).RootElement.Clone() : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanMentorType>>>>("mentors").Description("The person's peer mentors now.")
            .Resolve(c => c.Source.Mentors);
    }
}

public sealed class PlanMentorType : ObjectGraphType<MentorSince>
{
    public PlanMentorType()
    {
        Name = "PlanMentor";
        Field<NonNullGraphType<MentorType>>("mentor").Resolve(c => c.Directory().Mentor(c.Source.MentorId).Deferred());
        Field(m => m.Since, nullable: true).Description("Since when; null for mentoring recorded before it had dates.");
    }
}

public sealed class GoalStatusType : EnumerationGraphType<GoalStatus>
{
    public GoalStatusType()
    {
        Name = "GoalStatus";
        Description = "PROPOSED: added by the person, until their offender manager agrees it.";
    }
}

public sealed class PlanStepStatusType : EnumerationGraphType<PlanStepStatus>
{
    public PlanStepStatusType() => Name = "PlanStepStatus";
}

public sealed class SupporterKindType : EnumerationGraphType<SupporterKind>
{
    public SupporterKindType()
    {
        Name = "SupporterKind";
        Description = "Who helps with a step: a service, placement or mentor in the directory, the person's family, or the person themselves.";
    }
}

public sealed class GoalType : ObjectGraphType<GoalRecord>
{
    public GoalType()
    {
        Name = "Goal";
        Description = "A goal in the person's own words, the needs it serves and the strengths it builds on.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs").WithComplexityImpact(1, ListComplexity.MaxNeeds)
            .Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("strengths").Description("Strength codes.").Resolve(c => c.Source.Strengths);
        Field<NonNullGraphType<GoalStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanStepType>>>>("steps").Description("Oldest first.")
            .WithComplexityImpact(1, PlanComplexity.StepsPerGoal).Resolve(c => c.Source.Steps);
        Field(g => g.CreatedAt);
        Field(g => g.ProposedBy).Description("Whose words: PERSON, or OFFENDER_MANAGER when written with the person.");
    }
}

public sealed class PlanStepType : ObjectGraphType<PlanStepRecord>
{
    public PlanStepType()
    {
        Name = "PlanStep";
        Description = "A step agreed for a goal: what, by when, and who helps.";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.Text);
        Field<DateOnlyGraphType>("dueBy").Resolve(c => c.Source.DueBy);
        Field<NonNullGraphType<StringGraphType>>("status").Description("AGREED, DONE or DROPPED.").Resolve(c => EnumCodes.ToCode(c.Source.Status));
        Field<NonNullGraphType<SupporterKindType>>("supporterKind").Resolve(c => c.Source.SupporterKind);
        Field<NodeInterface>("supporter").Description("The service, placement or mentor who helps; null for family or the person themselves.")
            .Resolve(c => c.Source switch
            {
                { SupporterKind: SupporterKind.Service, SupporterId: { } id } => c.Directory().Service(id).Then<object?>(s => s).Deferred(),
                { SupporterKind: SupporterKind.Placement, SupporterId: { } id } => c.Directory().Placement(id).Then<object?>(p => p).Deferred(),
                { SupporterKind: SupporterKind.Mentor, SupporterId: { } id } => c.Directory().Mentor(id).Then<object?>(m => m).Deferred(),
                _ => null,
            });
        Field<IdGraphType>("referralId").Description("The referral made for this step, if one was.").Resolve(c => c.Source.ReferralId);
        Field<ReferralType>("referral").Description("The referral made for this step, for those who may read referrals (the person sees theirs under `me`).")
            .Resolve(c => c.Source.ReferralId is { } id && c.Caller().Holds(AccessPolicy.Referral)
                ? c.Referrals().ReachedReferral(id, c.Caller()).Deferred()
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepCommentType>>>>("comments").Description("Oldest first.")
            .WithComplexityImpact(1, PlanComplexity.CommentsPerStep).Resolve(c => c.Source.Comments);
    }
}

public sealed class StepCommentType : ObjectGraphType<StepComment>
{
    public StepCommentType()
    {
        Name = "StepComment";
        Field(s => s.At);
        Field(s => s.AuthorRole).Description("PERSON or OFFENDER_MANAGER.");
        Field(s => s.Text);
    }
}

public sealed class PlanReviewType : ObjectGraphType<PlanReviewRecord>
{
    public PlanReviewType()
    {
        Name = "PlanReview";
        Description = "A review: the person's own rating and comment beside the practitioner's summary, and their social capital that day.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.At);
        Field(r => r.PersonRating, nullable: true).Description("The person's own rating of how things are going, 1 to 5.");
        Field(r => r.PersonComment, nullable: true);
        Field(r => r.Summary, nullable: true).Description("The offender manager's summary.");
        Field<NonNullGraphType<SocialCapitalSnapshotType>>("socialCapital").Resolve(c => c.Source.SocialCapital);
    }
}

public sealed class SocialCapitalSnapshotType : ObjectGraphType<SocialCapitalSnapshot>
{
    public SocialCapitalSnapshotType()
    {
        Name = "SocialCapitalSnapshot";
        Description = "How many ties of each kind the person had at a review or a completed referral.";
        Field(s => s.At);
        Field(s => s.Bonding).Description("Family, friends, prosocial peers.");
        Field(s => s.Bridging).Description("Mentors, community groups and organisations.");
        Field(s => s.Linking).Description("Services, employers, institutions, placements.");
        Field<NonNullGraphType<StringGraphType>>("occasion").Description("REVIEW or REFERRAL_COMPLETED.").Resolve(c => EnumCodes.ToCode(c.Source.Occasion));
        Field<IdGraphType>("referralId").Description("The referral whose completion was counted; null for a review.").Resolve(c => c.Source.ReferralId);
    }
}
