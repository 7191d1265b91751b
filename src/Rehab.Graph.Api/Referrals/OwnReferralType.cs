using GraphQL.Types;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Domain.Referrals;

namespace Rehab.Graph.Api.Referrals;

/// <summary>A referral as the person referred sees it under <c>me</c>: where, how it stands, and when they are next expected.</summary>
public sealed class OwnReferralType : ObjectGraphType<OwnReferral>
{
    public OwnReferralType()
    {
        Name = "OwnReferral";
        Description = "One of your referrals: where to, how it stands, your hours and sessions, and when your next session starts.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ReferralStatusType>>("status").Resolve(c => c.Source.Status);
        Field<ServiceType>("service").Resolve(c => c.Source.TargetKind == ReferralTargetKind.Service ? c.Directory().Service(c.Source.TargetId).Deferred() : null);
        Field<PlacementType>("placement").Resolve(c => c.Source.TargetKind == ReferralTargetKind.Placement ? c.Directory().Placement(c.Source.TargetId).Deferred() : null);
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Directory().Organisation(c.Source.OrganisationId).Deferred());
        Field(r => r.CreatedAt);
        Field(r => r.AcceptedAt, nullable: true);
        Field(r => r.HoursOrdered, nullable: true);
        Field(r => r.HoursDone);
        Field(r => r.SessionsAttended);
        Field(r => r.SessionsMissed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sessions").Description("A placement's weekly sessions, e.g. \"Sat 09:00-15:00\".")
            .Resolve(c => c.Source.PlacementSessions);
        Field<DateTimeOffsetGraphType>("nextSessionAt").Description("When your next session at the placement starts, once it has accepted you.")
            .Resolve(c => c.Referrals().NextSession(c.Source));
    }
}
