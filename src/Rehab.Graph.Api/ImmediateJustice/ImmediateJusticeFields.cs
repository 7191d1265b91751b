using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Geography;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Referrals;
using Rehab.Graph.Neo4j.ImmediateJustice;

namespace Rehab.Graph.Api.ImmediateJustice;

/// <summary>
/// The Immediate Justice route: a referring agency refers, a coordinator (an offender manager, or a partner
/// user with the IJ_COORDINATOR duty for their organisation) takes the case, contacts the person, assesses risk,
/// books a placement near home and records the briefing, the placement logs hours through the referral, and
/// completion issues the certificate.
/// </summary>
internal static class ImmediateJusticeFields
{
    public const int MaxNameLength = 100;
    public const int MaxContactLength = 200;

    public static void AddImmediateJusticeFields(this ObjectGraphType query)
    {
        query.Field<ImmediateJusticeCaseType>("immediateJusticeCase")
            .Description("A case your organisation referred (referrers), or one in your queue (coordinators: offender managers, and partners with the IJ_COORDINATOR duty); null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = Ids.Require(c.GetArgument<string>("id"), Ids.ImmediateJusticeCase, "id");
                var (coordinator, organisationId) = Scope(c.Caller());
                var found = c.Loaders().Run(ImmediateJusticeStore.ById(id, coordinator, organisationId));
                var exists = c.Loaders().Run(ImmediateJusticeStore.CaseExists(id));
                return await found.GetResultAsync(c.CancellationToken)
                    ?? (await exists.GetResultAsync(c.CancellationToken) ? throw new ForbiddenException($"Case '{id}' is not yours to see.") : null);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImmediateJusticeCaseType>>>>("immediateJusticeCases")
            .Description("Referrers: the cases your organisation referred. Coordinators: the queue (cases nobody has taken) and your own (a partner's: its organisation's). Oldest first.")
            .Argument<BooleanGraphType>("needsAttention", "Only cases past the 48-hour clock, overdue for contact or with missed sessions.")
            .ResolveAsync(async c =>
            {
                var (coordinator, organisationId) = Scope(c.Caller());
                var cases = await c.Loaders().Run(ImmediateJusticeStore.Cases(coordinator, organisationId)).GetResultAsync(c.CancellationToken);
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                return c.GetArgument<bool?>("needsAttention") is true ? [.. cases.Where(x => x.AttentionReasons(now).Count > 0)] : cases;
            });
    }

    public static void AddImmediateJusticeMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ImmediateJusticeCaseType>>("referForImmediateJustice")
            .Description("A referring agency (police or another) refers a person; the 48-hour clock starts.")
            .Argument<NonNullGraphType<ImmediateJusticeReferralInputType>>("input")
            .ResolveAsync(async c => await c.Store().ReferAsync(ToNewCase(c.GetArgument<ImmediateJusticeReferralInput>("input")), c.Caller(), c.CancellationToken));

        Step<TakeCaseInputType>(mutation, "takeImmediateJusticeCase", "An offender manager becomes the coordinator, and the person's supervisor; or a partner coordinator's organisation becomes it.",
            (store, i, caller, ct) => store.TakeAsync(i.CaseId, caller, ct));
        Step<CaseContactInputType>(mutation, "recordCaseContact", "The coordinator has contacted the person (due the same working day).",
            (store, i, caller, ct) => store.RecordContactAsync(i.CaseId, ReferralWorkflow.ValidateText(i.Note, "input.note", required: false), caller, ct));
        Step<RiskAssessmentInputType>(mutation, "recordRiskAssessment", "The coordinator's risk assessment; the person's risk level and flags are updated.",
            (store, i, caller, ct) => store.RecordRiskAssessmentAsync(
                i.CaseId, i.RiskOfHarm!.Value, RiskFlags.Validate(i.RiskFlags, "input.riskFlags"), ReferralWorkflow.ValidateText(i.Note, "input.note", required: false), caller, ct));
        Step<BookCaseInputType>(mutation, "bookImmediateJusticePlacement", "Books a placement for the case's hours; the person is told where and when on their channels.",
            (store, i, caller, ct) => store.BookAsync(i.CaseId, Ids.Require(i.PlacementId, Ids.Placement, "input.placementId"), caller, ct));
        Step<SafetyBriefingInputType>(mutation, "recordSafetyBriefing", "The health-and-safety briefing, required before hours or attendance are logged.",
            (store, i, caller, ct) => store.RecordSafetyBriefingAsync(i.CaseId, caller, ct));
    }

    private static void Step<TInput>(ObjectGraphType mutation, string name, string description, Func<ImmediateJusticeStore, CaseStepInput, Caller, CancellationToken, Task<ImmediateJusticeCase>> step)
        where TInput : CaseStepInputType =>
        mutation.Field<NonNullGraphType<ImmediateJusticeCaseType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CaseStepInput>("input");
                Ids.Require(input.CaseId, Ids.ImmediateJusticeCase, "input.caseId");
                return await step(c.Store(), input, c.Caller(), c.CancellationToken);
            });

    private static (CaseCoordinator? Coordinator, string? ReferrerOrganisationId) Scope(Caller caller) => caller switch
    {
        { Role: CallerRole.Anonymous } => throw new UnauthenticatedException("Sign in to read Immediate Justice cases."),
        { Coordinator: { } coordinator } => (coordinator, null),
        { Role: CallerRole.Referrer, OrganisationId: { } id } => (null, id),
        _ => throw new ForbiddenException("Only referring agencies and coordinators (offender managers, partners with the IJ_COORDINATOR duty) read Immediate Justice cases."),
    };

    private static NewCase ToNewCase(ImmediateJusticeReferralInput input)
    {
        var contact = new ContactDetails(
            Contact(input.Email, "input.email", e => e.Count(ch => ch == '@') == 1 && !e.StartsWith('@') && !e.EndsWith('@') && !e.Any(char.IsWhiteSpace)),
            Contact(input.Phone, "input.phone", p => p.Length is >= 10 and <= 16 && p.TrimStart('+').All(char.IsAsciiDigit)),
            Contact(input.PostalAddress, "input.postalAddress", _ => true));
        if (!contact.Channels().Any())
        {
            throw new InvalidInputException("input", "Give at least one way to reach the person: email, phone or postalAddress.");
        }

        return new NewCase(
            Text(input.DisplayName, "input.displayName", MaxNameLength),
            input.Gender,
            input.BirthYear is { } year && (year < 1900 || year > DateTime.UtcNow.Year - 10)
                ? throw new InvalidInputException("input.birthYear", $"'input.birthYear' must be between 1900 and {DateTime.UtcNow.Year - 10} (got {year}).")
                : input.BirthYear,
            GeoPoint.Create(input.Home.Latitude, input.Home.Longitude, "input.home"),
            [.. (input.Languages ?? []).Select(l => ListingKinds.ValidateLanguage(l, "input.languages")!)],
            contact,
            Text(input.OffenceSummary, "input.offenceSummary", ImmediateJusticeRules.MaxSummaryLength),
            ImmediateJusticeRules.ValidateHours(input.Hours, "input.hours"),
            Contact(input.ReferrerEmail, "input.referrerEmail", e => e.Count(ch => ch == '@') == 1 && !e.StartsWith('@') && !e.EndsWith('@'))
                ?? throw new InvalidInputException("input.referrerEmail", "'input.referrerEmail' is required."));
    }

    private static string Text(string? text, string field, int max) =>
        ReferralWorkflow.ValidateText(text, field, required: true) is { } value && value.Length <= max
            ? value
            : throw new InvalidInputException(field, $"'{field}' must be at most {max} characters.");

    private static string? Contact(string? value, string field, Func<string, bool> valid)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= MaxContactLength && valid(trimmed)
            ? trimmed
            : throw new InvalidInputException(field, $"'{field}' is not a valid {field["input.".Length..]}.");
    }

    private static ImmediateJusticeStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ImmediateJusticeStore>();
}
