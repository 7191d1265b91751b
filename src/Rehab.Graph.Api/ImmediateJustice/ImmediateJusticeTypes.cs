using GraphQL.Types;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Api.ImmediateJustice;

public sealed class ImmediateJusticeCaseType : ObjectGraphType<ImmediateJusticeCase>
{
    public ImmediateJusticeCaseType(TimeProvider clock)
    {
        Name = "ImmediateJusticeCase";
        Description = "A person referred for Immediate Justice: reparative work that should start within 48 hours of the referral.";
        Interface<NodeInterface>();
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<CaseStatusType>>("status").Resolve(c => c.Source.Status);
        Field(c => c.PersonDisplayName).Description("The person referred.");
        Field<IdGraphType>("personId").Description("For the coordinator once the case is taken, to connect them to a placement near home.")
            .Resolve(c => ForItsCoordinator(c) ? c.Source.PersonId : null);
        Field<ContactType>("personContact")
            .Description("The e-mail address and phone number the referrer gave for the person, to make contact the same working day.")
            .Resolve(c => c.Source.PersonContact is { } contact ? Contact.From(c.Source.PersonDisplayName, contact.Email, contact.Phone, null) : null);
        Field<StringGraphType>("personPostalAddress").Description("The postal address the referrer gave for the person.").Resolve(c => c.Source.PersonContact?.PostalAddress);
        Field<ContactType>("referrer")
            .Description("How to reach the referrer: the referring organisation, the e-mail address given with the referral and the organisation's line.")
            .Resolve(c => c.Source.Referrer);
        Field(c => c.OffenceSummary);
        Field(c => c.Hours).Description("Hours of reparation to do.");
        Field(c => c.HoursDone);
        Field(c => c.SessionsMissed);
        Field(c => c.ReferredAt);
        Field(c => c.DueBy).Description("48 hours after the referral: the first session should start by then.");
        Field<NonNullGraphType<FloatGraphType>>("hoursLeftOnClock").Description("Hours until dueBy; negative when past it.")
            .Resolve(c => Math.Round((c.Source.DueBy - clock.GetUtcNow()).TotalHours, 1));
        Field(c => c.ContactDueBy).Description("The end of the working day the referral arrived in (17:00 UK time).");
        Field(c => c.ContactedAt, nullable: true);
        Field(c => c.AssessedAt, nullable: true);
        Field<DateTimeOffsetGraphType>("firstSessionAt").Description("When the booked placement's first session is (for the coordinator).")
            .Resolve(c => ForItsCoordinator(c) ? c.Source.FirstSessionAt : null);
        Field(c => c.BriefedAt, nullable: true).Description("When the health-and-safety briefing was recorded.");
        Field(c => c.CompletedAt, nullable: true);
        Field(c => c.CertificateCode, nullable: true).Description("Checkable by anyone at /verify/{code}.");
        Field<StringGraphType>("coordinatorId").Description("For the coordinator: the offender manager (a practitioner id) or partner organisation (an organisation id) coordinating the case.")
            .Resolve(c => ForItsCoordinator(c) ? c.Source.CoordinatorId : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attention")
            .Description("Why the coordinator should look now: CONTACT_OVERDUE, PAST_48_HOURS, MISSED_SESSIONS.")
            .Resolve(c => c.Source.AttentionReasons(clock.GetUtcNow()));
        Field<ReferralType>("referral").Description("The placement booked (for its coordinator).")
            .Resolve(c => c.ImmediateJustice().Booking(c.Source, Auth.CallerExtensions.Caller(c)).Deferred());
    }

    /// <summary>
    /// Who delivers the case, and where and when the person is to be, are for its coordinator only: a referring agency
    /// follows the case it referred (status, clock, hours, compliance, certificate), not the people and places behind it.
    /// </summary>
    private static bool ForItsCoordinator(global::GraphQL.IResolveFieldContext<ImmediateJusticeCase> context) =>
        context.Source.IsCoordinatedBy(Auth.CallerExtensions.Caller(context));
}

public sealed class CaseStatusType : EnumerationGraphType<CaseStatus>
{
    public CaseStatusType()
    {
        Name = "CaseStatus";
        Description = "REFERRED, then CONTACTED, ASSESSED, BOOKED and COMPLETED.";
    }
}

public sealed record ImmediateJusticeReferralInput(
    string DisplayName, Domain.Taxonomy.Gender Gender, int? BirthYear, Geography.GeoPointInput Home, IReadOnlyList<string>? Languages,
    string? Email, string? Phone, string? PostalAddress, string OffenceSummary, int Hours, string ReferrerEmail);

public sealed class ImmediateJusticeReferralInputType : InputObjectGraphType<ImmediateJusticeReferralInput>
{
    public ImmediateJusticeReferralInputType()
    {
        Name = "ImmediateJusticeReferralInput";
        Description = "The person (and at least one way to reach them), the offence and the hours to do.";
        Field(i => i.DisplayName).Description("How the person is named in the hub, up to 100 characters.");
        Field(i => i.Gender, typeof(NonNullGraphType<Listings.GenderType>));
        Field(i => i.BirthYear, nullable: true);
        Field(i => i.Home, typeof(NonNullGraphType<Geography.GeoPointInputType>)).Description("Where they live: placements are found near home.");
        Field(i => i.Languages, nullable: true).Description("ISO 639-1 codes.");
        Field(i => i.Email, nullable: true);
        Field(i => i.Phone, nullable: true).Description("A UK mobile for text messages, e.g. 07700900123.");
        Field(i => i.PostalAddress, nullable: true);
        Field(i => i.OffenceSummary).Description("Up to 1000 characters.");
        Field(i => i.Hours).Description("Hours of reparation, 1 to 40.");
        Field(i => i.ReferrerEmail).Description("Where the completion, with the hours, is sent back.");
    }
}

/// <summary>Each step's fields are properties, since each step's input type declares only its own.</summary>
public sealed record CaseStepInput
{
    public string CaseId { get; init; } = "";

    public string? Note { get; init; }

    public string? PlacementId { get; init; }

    public Domain.Taxonomy.RiskLevel? RiskOfHarm { get; init; }

    public IReadOnlyList<string>? RiskFlags { get; init; }
}

public abstract class CaseStepInputType : InputObjectGraphType<CaseStepInput>
{
    protected CaseStepInputType(string name, string description, bool note = false, bool placement = false, bool risk = false)
    {
        Name = name;
        Description = description;
        Field(i => i.CaseId, typeof(NonNullGraphType<IdGraphType>));
        if (note)
        {
            Field(i => i.Note, nullable: true).Description("Up to 1000 characters.");
        }

        if (placement)
        {
            Field(i => i.PlacementId, typeof(NonNullGraphType<IdGraphType>)).Description("A placement near home (see connect).");
        }

        if (risk)
        {
            Field(i => i.RiskOfHarm, typeof(NonNullGraphType<Listings.RiskLevelType>));
            Field(i => i.RiskFlags, typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        }
    }
}

public sealed class TakeCaseInputType() : CaseStepInputType("TakeCaseInput", "An offender manager becomes the case's placement coordinator.");

public sealed class CaseContactInputType() : CaseStepInputType("CaseContactInput", "The coordinator has contacted the person.", note: true);

public sealed class RiskAssessmentInputType() : CaseStepInputType("RiskAssessmentInput", "The coordinator's risk assessment.", note: true, risk: true);

public sealed class BookCaseInputType() : CaseStepInputType("BookCaseInput", "The coordinator books a placement near home.", placement: true);

public sealed class SafetyBriefingInputType() : CaseStepInputType("SafetyBriefingInput", "The health-and-safety briefing, given before the first session.");
