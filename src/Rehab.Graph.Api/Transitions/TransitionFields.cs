using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Features.Transitions;

namespace Rehab.Graph.Api.Transitions;

/// <summary>Transitions checked, recorded and listed, answered by <see cref="TransitionService"/>.</summary>
internal static class TransitionFields
{
    public static void AddTransitionFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TransitionCheckType>>("transitionCheck")
            .Description("Before a release, a move, a handover or the move to adult services: what goes with the person, who they already know at each, and which ties it may break. The person's offender manager only.")
            .Argument<NonNullGraphType<TransitionInputType>>("input")
            .WithComplexityImpact(TransitionComplexity.Check)
            .ResolveAsync(async c => await c.Transitions().CheckAsync(c.GetArgument<TransitionInput>("input").ToDraft(), c.Caller(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransitionType>>>>("transitions")
            .Description("A person's transitions, newest first. Their offender manager only.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .WithComplexityImpact(1, TransitionComplexity.TransitionsPerPerson)
            .ResolveAsync(async c => await c.Transitions().HistoryAsync(c.GetArgument<string>("personId"), c.Caller(), c.CancellationToken));
    }

    public static void AddTransitionMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TransitionType>>("recordTransition")
            .Description("Records a transition with what its check warns of: a release or a new home moves the person there, a handover moves them, with their referrals, cases and fund, to the offender manager named. Their plan, mentor, open referrals and projects go with them.")
            .Argument<NonNullGraphType<RecordTransitionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TransitionInput>("input");
                return await c.Transitions().RecordAsync(input.ToDraft(), input.Version, c.Caller(), c.CancellationToken);
            });
    }

    private static TransitionService Transitions(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<TransitionService>();
}
