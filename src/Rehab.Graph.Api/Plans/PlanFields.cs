using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Features.Plans;

namespace Rehab.Graph.Api.Plans;

/// <summary>Person-centred plans, shared by the person and their offender manager, answered by <see cref="PlanService"/>.</summary>
internal static class PlanFields
{
    public static void AddPlanFields(this ObjectGraphType query)
    {
        query.Field<PlanType>("plan")
            .Description("A person's plan: for their offender manager, or the person (role PERSON) for their own. Null when there is no such person.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Resolve(c => c.Plans().Plan(c.GetArgument<string>("personId"), c.Caller()).Deferred());

        query.Field<MeType>("me")
            .Description("A person on probation's own plan and history (role PERSON only); null when the token names no stored person.")
            .ResolveAsync(async c => await c.Plans().MeAsync(c.Caller(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialCapitalSnapshotType>>>>("socialCapitalHistory")
            .Description("A person's bonding, bridging and linking ties at each review and completed referral, oldest first: for their offender manager, or the person.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Resolve(c => c.Plans().SocialCapitalHistory(c.GetArgument<string>("personId"), c.Caller()).Deferred());
    }

    public static void AddPlanMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GoalType>>("addGoal")
            .Description("A goal in the person's own words: ACTIVE from their offender manager, PROPOSED from the person until their offender manager agrees it.")
            .Argument<NonNullGraphType<AddGoalInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<AddGoalInput>("input");
                return await c.Plans().AddGoalAsync(new GoalRequest(i.PersonId, i.Text, i.Needs, i.Strengths), c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<GoalType>>("setGoalStatus")
            .Description("The offender manager agrees a proposed goal, marks one achieved or dropped, or takes one up again.")
            .Argument<NonNullGraphType<SetGoalStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetGoalStatusInput>("input");
                return await c.Plans().SetGoalStatusAsync(i.GoalId, i.Status, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanStepType>>("addPlanStep")
            .Description("A step agreed for an active goal, with who helps; with refer, the referral to its service or placement is made by the referral rules, with the step or not at all.")
            .Argument<NonNullGraphType<AddPlanStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<AddPlanStepInput>("input");
                return await c.Plans().AddStepAsync(
                    new StepRequest(i.GoalId, i.Text, i.DueBy, i.ServiceId, i.PlacementId, i.MentorId, i.Supporter, i.Refer is true, i.Note, i.HoursOrdered), c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanStepType>>("setPlanStepStatus")
            .Description("The offender manager marks a step done or dropped, or agrees a dropped one again.")
            .Argument<NonNullGraphType<SetPlanStepStatusInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<SetPlanStepStatusInput>("input");
                return await c.Plans().SetStepStatusAsync(i.StepId, i.Status, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanStepType>>("commentOnPlanStep")
            .Description("The person or their offender manager comments on a step.")
            .Argument<NonNullGraphType<CommentOnPlanStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<CommentOnPlanStepInput>("input");
                return await c.Plans().CommentOnStepAsync(i.StepId, i.Text, c.Caller(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PlanReviewType>>("recordPlanReview")
            .Description("A review: the person's own rating and comment, and the offender manager's summary, with the person's social capital counted today.")
            .Argument<NonNullGraphType<PlanReviewInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<PlanReviewInput>("input");
                return await c.Plans().RecordReviewAsync(new ReviewRequest(i.PersonId, i.PersonRating, i.PersonComment, i.Summary), c.Caller(), c.CancellationToken);
            });
    }

    public static PlanService Plans(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PlanService>();
}
