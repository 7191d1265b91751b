using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Paging;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Api.Referrals;

/// <summary>
/// Referrals from <c>connect</c> to outcome. Reads are scoped in their statements to the caller's
/// caseload or organisation; each write is one transaction (see <see cref="ReferralStore"/>).
/// </summary>
internal static class ReferralFields
{
    public static void AddReferralFields(this ObjectGraphType query)
    {
        query.Field<ReferralType>("referral")
            .Description("A referral of a person on your caseload (offender managers) or to your organisation (partners); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await ReferralAsync(c, Ids.Require(c.GetArgument<string>("id"), Ids.Referral, "id")));

        query.Field<NonNullGraphType<ReferralConnectionType>>("referrals")
            .Description("Referrals of the people you supervise (offender managers) or to your organisation (partners), newest first.")
            .Argument<ReferralStatusType>("status")
            .Argument<BooleanGraphType>("needsAttention", "Only open referrals with a reason in their attention list: no answer in time, missed sessions, hours behind the order.")
            .Paging()
            .Resolve(c =>
            {
                var status = c.GetArgument<ReferralStatus?>("status");
                var page = c.Page();
                if (c.GetArgument<bool?>("needsAttention") is not true)
                {
                    return c.Loaders().Run(Referrals(c, status, page, openOnly: false));
                }

                // Attention is the domain's to compute, so the open referrals are read whole, in the same one statement, and paged here.
                var (now, days) = AttentionClock(c);
                var open = Referrals(c, status, new PageRequest(int.MaxValue, 0), openOnly: true);
                return c.Loaders().Run(open with
                {
                    Read = result =>
                    {
                        var flagged = open.Read(result).Items.Where(r => ReferralAttention.Reasons(r, now, days).Count > 0).ToList();
                        return new Page<ReferralRecord>([.. flagged.Skip(page.Offset).Take(page.First)], flagged.Count, page.Offset);
                    },
                });
            });
    }

    private static CypherQuery<Page<ReferralRecord>> Referrals(IResolveFieldContext context, ReferralStatus? status, PageRequest page, bool openOnly) => context.Caller() switch
    {
        { Role: CallerRole.OffenderManager, PractitionerId: { } practitionerId } => ReferralQueries.ForPractitioner(practitionerId, status, null, page, openOnly),
        { Role: CallerRole.Partner, OrganisationId: { } organisationId } => ReferralQueries.ForOrganisation(organisationId, status, page, openOnly),
        var caller => throw NotForReferrals(caller),
    };

    /// <summary>Now, and the partner's response time in working days, for a referral's attention list.</summary>
    public static (DateTimeOffset Now, int ResponseWorkingDays) AttentionClock(IResolveFieldContext context) =>
        (context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow(),
         context.RequestServices!.GetRequiredService<IOptions<ReferralOptions>>().Value.ResponseWorkingDays);

    public static void AddReferralMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReferralType>>("createReferral")
            .Description("Refers a person on your caseload to a service or placement. A placement referral holds one of its places at once (CONFLICT when none is left).")
            .Argument<NonNullGraphType<CreateReferralInputType>>("input")
            .ResolveAsync(async c => await c.Store().CreateAsync(ToNewReferral(c.GetArgument<CreateReferralInput>("input")), c.Caller(), c.CancellationToken));

        Step<AcceptReferralInputType>(mutation, "acceptReferral", "The organisation referred to accepts a pending referral.",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Accept, Note: Text(i.Note, "input.note", required: false)));
        Step<DeclineReferralInputType>(mutation, "declineReferral", "The organisation referred to declines a pending referral; a placement's place is given back.",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Decline, Reason: Text(i.Reason, "input.reason", required: true)));
        Step<LogAttendanceInputType>(mutation, "logAttendance", "The placement records a scheduled session attended or missed; each session is recorded once.",
            (i, now) => new ReferralStep(
                i.ReferralId, s => ReferralWorkflow.LogAttendance(s, Session(i, now), i.Attended!.Value), Note: Text(i.Note, "input.note", required: false), SessionDate: i.Date));
        Step<LogHoursInputType>(mutation, "logHours", "The placement records hours worked at a session that has started; they may not exceed the session's length or the hours ordered.",
            (i, now) => new ReferralStep(
                i.ReferralId, s => ReferralWorkflow.LogHours(s, Session(i, now), i.Hours!.Value, "input.hours"), Note: Text(i.Note, "input.note", required: false), SessionDate: i.Date));
        Step<CompleteReferralInputType>(mutation, "completeReferral", "The organisation records the outcome; the person's network gains the tie (ATTENDED or COMPLETED).",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Complete, Outcome: Text(i.Outcome, "input.outcome", required: true)));
        Step<WithdrawReferralInputType>(mutation, "withdrawReferral", "The person's offender manager withdraws an open referral; a placement's place is given back.",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Withdraw, Reason: Text(i.Reason, "input.reason", required: true)));
    }

    private static void Step<TInput>(ObjectGraphType mutation, string name, string description, Func<ReferralStepInput, DateTimeOffset, ReferralStep> step)
        where TInput : ReferralStepInputType =>
        mutation.Field<NonNullGraphType<ReferralType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReferralStepInput>("input");
                Ids.Require(input.ReferralId, Ids.Referral, "input.referralId");
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                return await c.Store().ChangeAsync(step(input, now), c.Caller(), c.CancellationToken);
            });

    private static async Task<ReferralRecord?> ReferralAsync(IResolveFieldContext context, string id)
    {
        var (practitionerId, organisationId) = context.Caller() switch
        {
            { Role: CallerRole.OffenderManager, PractitionerId: { } practitioner } => (practitioner, (string?)null),
            { Role: CallerRole.Partner, OrganisationId: { } organisation } => (null, organisation),
            var caller => throw NotForReferrals(caller),
        };
        var referral = context.Loaders().Run(ReferralQueries.ById(id, practitionerId, organisationId));
        var exists = context.Loaders().Run(ReferralQueries.Exists(id));
        return await referral.GetResultAsync(context.CancellationToken)
            ?? (await exists.GetResultAsync(context.CancellationToken)
                ? throw new ForbiddenException($"Referral '{id}' is not for your organisation or caseload.")
                : null);
    }

    private static NewReferral ToNewReferral(CreateReferralInput input)
    {
        var personId = Ids.Require(input.PersonId, Ids.Person, "input.personId");
        var (kind, targetId) = (input.ServiceId, input.PlacementId) switch
        {
            ({ } service, null) => (ReferralTargetKind.Service, Ids.Require(service, Ids.Service, "input.serviceId")),
            (null, { } placement) => (ReferralTargetKind.Placement, Ids.Require(placement, Ids.Placement, "input.placementId")),
            _ => throw new InvalidInputException("input", "'input' needs exactly one of 'serviceId' or 'placementId'."),
        };
        return new NewReferral(
            personId,
            kind,
            targetId,
            NeedCodes.Validate(input.Needs, "input.needs"),
            Text(input.Note, "input.note", required: false),
            ReferralWorkflow.ValidateHoursOrdered(kind, input.HoursOrdered, "input.hoursOrdered"));
    }

    private static string? Text(string? text, string field, bool required) => ReferralWorkflow.ValidateText(text, field, required);

    /// <summary>The session a step is recorded against; the date is a required field, so GraphQL has already refused a step without one.</summary>
    private static SessionEntry Session(ReferralStepInput input, DateTimeOffset now) =>
        new(input.Date!.Value, now, Text(input.CorrectionReason, "input.correctionReason", required: false));

    private static Exception NotForReferrals(Caller caller) => caller.Role == CallerRole.Anonymous
        ? new UnauthenticatedException("Sign in to read referrals.")
        : new ForbiddenException("Only offender managers and partner organisations read referrals.");

    private static ReferralStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReferralStore>();
}
