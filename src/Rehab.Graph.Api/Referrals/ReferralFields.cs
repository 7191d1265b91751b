using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Referrals;

namespace Rehab.Graph.Api.Referrals;

/// <summary>
/// Referrals from <c>connect</c> to outcome. Reads are scoped in their statements to the caller's
/// caseload or organisation; each write is one transaction (see <see cref="ReferralStore"/>).
/// </summary>
internal static class ReferralFields
{
    public const int MaxSessionAgeDays = 90;

    public static void AddReferralFields(this ObjectGraphType query)
    {
        query.Field<ReferralType>("referral")
            .Description("A referral of a person on your caseload (offender managers) or to your organisation (partners); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await ReferralAsync(c, Ids.Require(c.GetArgument<string>("id"), Ids.Referral, "id")));

        query.Field<NonNullGraphType<ReferralConnectionType>>("referrals")
            .Description("Referrals of the people you supervise (offender managers) or to your organisation (partners), newest first.")
            .Argument<ReferralStatusType>("status")
            .Paging()
            .Resolve(c =>
            {
                var status = c.GetArgument<ReferralStatus?>("status");
                var page = c.Page();
                return c.Caller() switch
                {
                    { Role: CallerRole.OffenderManager, PractitionerId: { } practitionerId } => c.Loaders().Run(ReferralQueries.ForPractitioner(practitionerId, status, null, page)),
                    { Role: CallerRole.Partner, OrganisationId: { } organisationId } => c.Loaders().Run(ReferralQueries.ForOrganisation(organisationId, status, page)),
                    var caller => throw NotForReferrals(caller),
                };
            });
    }

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
        Step<LogAttendanceInputType>(mutation, "logAttendance", "The placement records a session attended or missed.",
            (i, today) => new ReferralStep(i.ReferralId, s => ReferralWorkflow.LogAttendance(s, i.Attended!.Value), Note: Text(i.Note, "input.note", required: false), SessionDate: SessionDate(i.Date, today)));
        Step<LogHoursInputType>(mutation, "logHours", "The placement records hours worked at a session; they may not exceed the hours ordered.",
            (i, today) => new ReferralStep(i.ReferralId, s => ReferralWorkflow.LogHours(s, i.Hours!.Value, "input.hours"), Note: Text(i.Note, "input.note", required: false), SessionDate: SessionDate(i.Date, today)));
        Step<CompleteReferralInputType>(mutation, "completeReferral", "The organisation records the outcome; the person's network gains the tie (ATTENDED or COMPLETED).",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Complete, Outcome: Text(i.Outcome, "input.outcome", required: true)));
        Step<WithdrawReferralInputType>(mutation, "withdrawReferral", "The person's offender manager withdraws an open referral; a placement's place is given back.",
            (i, _) => new ReferralStep(i.ReferralId, ReferralWorkflow.Withdraw, Reason: Text(i.Reason, "input.reason", required: true)));
    }

    private static void Step<TInput>(ObjectGraphType mutation, string name, string description, Func<ReferralStepInput, DateOnly, ReferralStep> step)
        where TInput : ReferralStepInputType =>
        mutation.Field<NonNullGraphType<ReferralType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReferralStepInput>("input");
                Ids.Require(input.ReferralId, Ids.Referral, "input.referralId");
                var today = DateOnly.FromDateTime(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                return await c.Store().ChangeAsync(step(input, today), c.Caller(), c.CancellationToken);
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

    /// <summary>A session is logged on the day or soon after, never ahead of time.</summary>
    private static DateOnly SessionDate(DateOnly? date, DateOnly today) => date switch
    {
        { } d when d > today => throw new InvalidInputException("input.date", $"'input.date' ({d:yyyy-MM-dd}) is in the future."),
        { } d when d < today.AddDays(-MaxSessionAgeDays) => throw new InvalidInputException("input.date", $"'input.date' ({d:yyyy-MM-dd}) is more than {MaxSessionAgeDays} days ago."),
        { } d => d,
        null => throw new InvalidInputException("input.date", "'input.date' is required."),
    };

    private static Exception NotForReferrals(Caller caller) => caller.Role == CallerRole.Anonymous
        ? new UnauthenticatedException("Sign in to read referrals.")
        : new ForbiddenException("Only offender managers and partner organisations read referrals.");

    private static ReferralStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReferralStore>();
}
