using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Features.Referrals;

namespace Rehab.Graph.Api.Referrals;

/// <summary>Referrals from <c>connect</c> to outcome, answered by <see cref="ReferralService"/>.</summary>
internal static class ReferralFields
{
    public static void AddReferralFields(this ObjectGraphType query)
    {
        query.Field<ReferralType>("referral")
            .Description("A referral of a person on your caseload (offender managers) or to your organisation (partners); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Referrals().ReferralAsync(c.GetArgument<string>("id"), c.Caller(), c.CancellationToken));

        query.Field<NonNullGraphType<ReferralConnectionType>>("referrals")
            .Description("Referrals of the people you supervise (offender managers) or to your organisation (partners), newest first.")
            .Argument<ReferralStatusType>("status")
            .Argument<BooleanGraphType>("needsAttention", "Only open referrals with a reason in their attention list: no answer in time, missed sessions, hours behind the order.")
            .Paging()
            .Resolve(c => c.Referrals().Referrals(c.GetArgument<ReferralStatus?>("status"), c.GetArgument<bool?>("needsAttention") is true, c.Page(), c.Caller()).Deferred());
    }

    public static void AddReferralMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReferralType>>("createReferral")
            .Description("Refers a person on your caseload to a service or placement. A placement referral holds one of its places at once (CONFLICT when none is left).")
            .Argument<NonNullGraphType<CreateReferralInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<CreateReferralInput>("input");
                return await c.Referrals().CreateAsync(new ReferralRequest(i.PersonId, i.ServiceId, i.PlacementId, i.Needs, i.Note, i.HoursOrdered), c.Caller(), c.CancellationToken);
            });

        Step<AcceptReferralInputType>(mutation, "acceptReferral", "The organisation referred to accepts a pending referral.",
            (referrals, i, c) => referrals.AcceptAsync(i.ReferralId, i.Note, c.Caller(), c.CancellationToken));
        Step<DeclineReferralInputType>(mutation, "declineReferral", "The organisation referred to declines a pending referral; a placement's place is given back.",
            (referrals, i, c) => referrals.DeclineAsync(i.ReferralId, i.Reason, c.Caller(), c.CancellationToken));
        Step<LogAttendanceInputType>(mutation, "logAttendance", "The placement records a scheduled session attended or missed; each session is recorded once.",
            (referrals, i, c) => referrals.LogAttendanceAsync(i.ReferralId, i.Date!.Value, i.Attended!.Value, i.Note, i.CorrectionReason, c.Caller(), c.CancellationToken));
        Step<LogHoursInputType>(mutation, "logHours", "The placement records hours worked at a session that has started; they may not exceed the session's length or the hours ordered.",
            (referrals, i, c) => referrals.LogHoursAsync(i.ReferralId, i.Date!.Value, i.Hours!.Value, i.Note, i.CorrectionReason, c.Caller(), c.CancellationToken));
        Step<CompleteReferralInputType>(mutation, "completeReferral", "The organisation records the outcome; the person's network gains the tie (ATTENDED or COMPLETED).",
            (referrals, i, c) => referrals.CompleteAsync(i.ReferralId, i.Outcome, c.Caller(), c.CancellationToken));
        Step<WithdrawReferralInputType>(mutation, "withdrawReferral", "The person's offender manager withdraws an open referral; a placement's place is given back.",
            (referrals, i, c) => referrals.WithdrawAsync(i.ReferralId, i.Reason, c.Caller(), c.CancellationToken));
    }

    /// <remarks>The step's required fields (date, attended, hours) are non-null in its input type, so GraphQL has already refused a step without them.</remarks>
    private static void Step<TInput>(ObjectGraphType mutation, string name, string description, Func<ReferralService, ReferralStepInput, IResolveFieldContext, Task<ReferralRecord>> step)
        where TInput : ReferralStepInputType =>
        mutation.Field<NonNullGraphType<ReferralType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c => await step(c.Referrals(), c.GetArgument<ReferralStepInput>("input"), c));

    public static ReferralService Referrals(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReferralService>();
}
