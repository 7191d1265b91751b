using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Features.ImmediateJustice;

namespace Rehab.Graph.Api.ImmediateJustice;

/// <summary>The Immediate Justice route, answered by <see cref="ImmediateJusticeService"/>.</summary>
internal static class ImmediateJusticeFields
{
    public static void AddImmediateJusticeFields(this ObjectGraphType query)
    {
        query.Field<ImmediateJusticeCaseType>("immediateJusticeCase")
            .Description("A case your organisation referred (referrers), or one in your queue (coordinators: offender managers, and partners with the IJ_COORDINATOR duty); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.ImmediateJustice().CaseAsync(c.GetArgument<string>("id"), c.Caller(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImmediateJusticeCaseType>>>>("immediateJusticeCases")
            .Description("Referrers: the cases your organisation referred. Coordinators: the queue (cases nobody has taken) and your own (a partner's: its organisation's). Oldest first.")
            .Argument<BooleanGraphType>("needsAttention", "Only cases past the 48-hour clock, overdue for contact or with missed sessions.")
            .ResolveAsync(async c => await c.ImmediateJustice().CasesAsync(c.GetArgument<bool?>("needsAttention") is true, c.Caller(), c.CancellationToken));
    }

    public static void AddImmediateJusticeMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImmediateJusticeCaseType>>("referForImmediateJustice")
            .Description("A referring agency (police or another) refers a person; the 48-hour clock starts.")
            .Argument<NonNullGraphType<ImmediateJusticeReferralInputType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ImmediateJusticeReferralInput>("input");
                var referral = new CaseReferral(
                    i.DisplayName, i.Gender, i.BirthYear, new GeoPoint(i.Home.Latitude, i.Home.Longitude), i.Languages, i.Email, i.Phone, i.PostalAddress,
                    i.OffenceSummary, i.Hours, i.ReferrerEmail);
                return await c.ImmediateJustice().ReferAsync(referral, c.Caller(), c.CancellationToken);
            });

        Step<TakeCaseInputType>(mutation, "takeImmediateJusticeCase", "An offender manager becomes the coordinator, and the person's supervisor; or a partner coordinator's organisation becomes it.",
            (cases, i, c) => cases.TakeAsync(i.CaseId, c.Caller(), c.CancellationToken));
        Step<CaseContactInputType>(mutation, "recordCaseContact", "The coordinator has contacted the person (due the same working day).",
            (cases, i, c) => cases.RecordContactAsync(i.CaseId, i.Note, c.Caller(), c.CancellationToken));
        Step<RiskAssessmentInputType>(mutation, "recordRiskAssessment", "The coordinator's risk assessment; the person's risk level and flags are updated.",
            (cases, i, c) => cases.RecordRiskAssessmentAsync(i.CaseId, i.RiskOfHarm!.Value, i.RiskFlags, i.Note, c.Caller(), c.CancellationToken));
        Step<BookCaseInputType>(mutation, "bookImmediateJusticePlacement", "Books a placement for the case's hours; the person is told where and when on their channels.",
            (cases, i, c) => cases.BookAsync(i.CaseId, i.PlacementId!, c.Caller(), c.CancellationToken));
        Step<SafetyBriefingInputType>(mutation, "recordSafetyBriefing", "The health-and-safety briefing, required before hours or attendance are logged.",
            (cases, i, c) => cases.RecordSafetyBriefingAsync(i.CaseId, c.Caller(), c.CancellationToken));
    }

    private static void Step<TInput>(ObjectGraphType mutation, string name, string description, Func<ImmediateJusticeService, CaseStepInput, IResolveFieldContext, Task<ImmediateJusticeCase>> step)
        where TInput : CaseStepInputType =>
        mutation.Field<NonNullGraphType<ImmediateJusticeCaseType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c => await step(c.ImmediateJustice(), c.GetArgument<CaseStepInput>("input"), c));

    public static ImmediateJusticeService ImmediateJustice(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ImmediateJusticeService>();
}
