using GraphQL.Types;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Funds;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.People;
using Rehab.Graph.Api.Projects;
using Rehab.Graph.Api.Referrals;
using Rehab.Graph.Features.Plans;

namespace Rehab.Graph.Api.Plans;

public sealed class MeType : ObjectGraphType<PersonalView>
{
    public MeType()
    {
        Name = "Me";
        Description = "A person on probation's own view (role PERSON): their plan, their referrals, their fund and their social capital over time.";
        Field(m => m.PersonId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<PlanType>>("plan").Resolve(c => c.Source.Plan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnReferralType>>>>("referrals").Description("Newest first.")
            .Resolve(c => c.Referrals().OwnReferrals(c.Caller()).Deferred());
        Field<PersonContactType>("contact").Description("How you are told of accepted referrals and session times, as your offender manager set it; null when nothing is stored.")
            .Resolve(c => c.People().OwnContact(c.Caller()).Deferred());
        Field<FundType>("fund").Description("Your personal fund and its statement; null until money is allocated to it.")
            .Resolve(c => c.Funds().Fund(c.Source.PersonId, c.Caller()).Deferred());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects").Description("The co-produced projects you are a member of.")
            .Resolve(c => c.Projects().Mine(c.Caller()).Deferred());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SocialCapitalSnapshotType>>>>("socialCapitalHistory").Description("Oldest first.")
            .Resolve(c => c.Plans().SocialCapitalHistory(c.Source.PersonId, c.Caller()).Deferred());
    }
}
