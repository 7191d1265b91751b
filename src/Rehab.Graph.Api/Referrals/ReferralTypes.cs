using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Api.Referrals;

public sealed class ReferralType : ObjectGraphType<ReferralRecord>
{
    public ReferralType()
    {
        Name = "Referral";
        Description = "A person referred to a service or placement, and how it went.";
        Interface<NodeInterface>();
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ReferralStatusType>>("status").Resolve(c => c.Source.Status);
        Field<ServiceType>("service").Description("Set for a referral to a service.").Resolve(c => c.Source.TargetKind == ReferralTargetKind.Service
            ? c.Directory().Service(c.Source.TargetId).Deferred()
            : null);
        Field<PlacementType>("placement").Description("Set for a referral to a placement.").Resolve(c => c.Source.TargetKind == ReferralTargetKind.Placement
            ? c.Directory().Placement(c.Source.TargetId).Deferred()
            : null);
        Field<NonNullGraphType<OrganisationType>>("organisation").Description("The organisation referred to.")
            .Resolve(c => c.Directory().Organisation(c.Source.OrganisationId).Deferred());
        Field<NonNullGraphType<ReferredPersonType>>("person").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs").Description("The needs referred for.").WithComplexityImpact(1, ListComplexity.MaxNeeds).Resolve(c => c.Source.Needs);
        Field(r => r.Note, nullable: true);
        Field(r => r.HoursOrdered, nullable: true).Description("For a placement: the hours the order asks for.");
        Field(r => r.HoursDone).Description("Hours logged so far.");
        Field(r => r.SessionsAttended).Description("Sessions attended: each session (a date) counts once, whether attendance, hours or both are recorded for it.");
        Field(r => r.SessionsMissed).Description("Sessions recorded as missed.");
        Field(r => r.Outcome, nullable: true).Description("Set when completed.");
        Field(r => r.Reason, nullable: true).Description("Why it was declined or withdrawn.");
        Field<ContactType>("referrer")
            .Description("Who made the referral, to call back: the referring practitioner's name, e-mail and phone (or the coordinating organisation's contact).")
            .Resolve(c => c.Source.Referrer);
        Field(r => r.CreatedAt);
        Field(r => r.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralEventType>>>>("history").Description("Every step, oldest first.").Resolve(c => c.Source.History);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attention")
            .Description("Why to look at this referral now; empty when it is on track. NO_RESPONSE: still pending after the partner's response time in working days; "
                + "MISSED_SESSIONS: a session is recorded as missed; HOURS_BEHIND: fewer hours logged than one session a week since acceptance would give (see docs/referrals.md).")
            .Resolve(c => c.Referrals().Attention(c.Source));
    }
}

/// <summary>What a referral shows of the person: the minimum the work needs, and the id only to their offender manager.</summary>
public sealed class ReferredPersonType : ObjectGraphType<ReferralRecord>
{
    public ReferredPersonType()
    {
        Name = "ReferredPerson";
        Description = "The person referred, as far as the caller may see them: a partner gets the display name and the risk flags that bear on the work.";
        Field<IdGraphType>("id").Description("Only for the person's offender manager, or the partner coordinating the Immediate Justice case it was booked for.").Resolve(c => c.Source.PersonId);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => c.Source.PersonDisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("riskFlags")
            .Description("Every flag for a placement's supervisor; for a service, those concerning staff safety.")
            .Resolve(c => c.Source.RiskFlags);
    }
}

public sealed class ReferralEventType : ObjectGraphType<ReferralEvent>
{
    public ReferralEventType()
    {
        Name = "ReferralEvent";
        Field(e => e.At);
        Field(e => e.Action).Description("CREATE, ACCEPT, DECLINE, LOG_ATTENDANCE, LOG_HOURS, COMPLETE or WITHDRAW.");
        Field<NonNullGraphType<ReferralStatusType>>("status").Description("The status after this step.").Resolve(c => c.Source.Status);
        Field(e => e.ActorRole);
        Field(e => e.Hours, nullable: true);
        Field(e => e.Attended, nullable: true);
        Field<DateOnlyGraphType>("date").Description("The session's date, for attendance and hours.").Resolve(c => c.Source.On);
        Field(e => e.Note, nullable: true);
        Field(e => e.CorrectionReason, nullable: true).Description("Why a session was recorded outside the placement's schedule.");
    }
}

public sealed class ReferralStatusType : EnumerationGraphType<ReferralStatus>
{
    public ReferralStatusType()
    {
        Name = "ReferralStatus";
        Description = "PENDING until the partner accepts or declines; IN_PROGRESS once a session is logged; COMPLETED, DECLINED and WITHDRAWN are final.";
    }
}

public sealed class ReferralConnectionType() : ConnectionType<ReferralType, ReferralEdgeType, ReferralRecord>("Referral");

public sealed class ReferralEdgeType() : EdgeType<ReferralType, ReferralRecord>("Referral");
