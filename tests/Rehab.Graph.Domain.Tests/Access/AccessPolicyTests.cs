using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Domain.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly Dictionary<Actor, Caller> Callers = new()
    {
        [Actor.Anonymous] = Caller.Anonymous,
        [Actor.OffenderManager] = new(CallerRole.OffenderManager, "prc-1", null),
        [Actor.Partner] = new(CallerRole.Partner, null, "org-1"),
        [Actor.IjCoordinator] = new(CallerRole.Partner, null, "org-1", "a.lee", CallerDuty.IjCoordinator),
        [Actor.Commissioner] = new(CallerRole.Commissioner, null, null),
        [Actor.Referrer] = new(CallerRole.Referrer, null, "org-2"),
        [Actor.Admin] = new(CallerRole.Admin, null, null, "admin@hub"),
        [Actor.Person] = new(CallerRole.Person, null, null, PersonId: "per-1"),
    };

    public static TheoryData<string, Actor> Pairs()
    {
        var pairs = new TheoryData<string, Actor>();
        foreach (var permission in AccessPolicy.All.Append(AccessPolicy.ClosedServices))
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                pairs.Add(permission.Operation, actor);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Require_grants_or_refuses_as_the_outcome_says(string operation, Actor actor)
    {
        var permission = AccessPolicy.All.Append(AccessPolicy.ClosedServices).Single(p => p.Operation == operation);

        var error = Record.Exception(() => Callers[actor].Require(permission));

        var expected = permission.Outcome(actor) switch
        {
            "OK" => null,
            "UNAUTHENTICATED" => typeof(UnauthenticatedException),
            _ => typeof(ForbiddenException),
        };
        Assert.Equal(expected, error?.GetType());
    }

    [Fact]
    public void Each_operation_is_listed_once()
    {
        Assert.Equal(AccessPolicy.All.Count, AccessPolicy.All.Select(p => p.Operation).Distinct().Count());
    }

    [Fact]
    public void A_grant_names_the_actor_it_was_granted_to_its_reach_and_the_caller()
    {
        var omCaller = Callers[Actor.OffenderManager];

        var grant = omCaller.Require(AccessPolicy.CreateReferral);

        Assert.Equal(new Grant(AccessPolicy.CreateReferral, Actor.OffenderManager, Reach.Caseload, omCaller), grant);
        Assert.Equal("prc-1", grant.PractitionerId);
    }

    [Fact]
    public void A_partner_with_the_duty_acts_as_coordinator_first_and_as_partner_second()
    {
        var coordinator = Callers[Actor.IjCoordinator];
        var both = new Permission("both", "test both", new Dictionary<Actor, Reach> { [Actor.Partner] = Reach.OwnOrganisation, [Actor.IjCoordinator] = Reach.CoordinatedCases });

        Assert.Equal([Actor.IjCoordinator, Actor.Partner], AccessPolicy.ActorsOf(coordinator));
        Assert.Equal((Actor.IjCoordinator, Reach.CoordinatedCases), Of(coordinator.Require(both)));
        Assert.Equal((Actor.IjCoordinator, Reach.CoordinatedCases), Of(coordinator.Require(AccessPolicy.WithdrawReferral)));
        Assert.Equal((Actor.Partner, Reach.OwnOrganisation), Of(coordinator.Require(AccessPolicy.AcceptReferral)));
        Assert.Equal(new CaseCoordinator(null, "org-1"), coordinator.Require(AccessPolicy.WithdrawReferral).Coordinator);
        Assert.Throws<ForbiddenException>(() => Callers[Actor.Partner].Require(AccessPolicy.WithdrawReferral));

        static (Actor, Reach) Of(Grant grant) => (grant.Actor, grant.Reach);
    }

    [Fact]
    public void A_refusal_says_who_may()
    {
        var forbidden = Assert.Throws<ForbiddenException>(() => Callers[Actor.Partner].Require(AccessPolicy.CreateReferral));
        var unauthenticated = Assert.Throws<UnauthenticatedException>(() => Caller.Anonymous.Require(AccessPolicy.CreateReferral));
        var twoActors = Assert.Throws<ForbiddenException>(() => Callers[Actor.Referrer].Require(AccessPolicy.WithdrawReferral));

        Assert.Equal("Only offender managers may refer a person.", forbidden.Message);
        Assert.Equal("Sign in to refer a person: only offender managers may.", unauthenticated.Message);
        Assert.Equal("Only offender managers and Immediate Justice coordinators may withdraw a referral.", twoActors.Message);
    }

    [Fact]
    public void A_fund_is_read_by_its_people_and_moved_only_by_an_admin_in_and_by_those_who_spend_it_out()
    {
        Assert.Equal(
            [(Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation), (Actor.Admin, Reach.Everything), (Actor.Person, Reach.Self)],
            AccessPolicy.Fund.Grants.Select(g => (g.Key, g.Value)).OrderBy(g => g.Key));
        Assert.Equal([Actor.Admin], AccessPolicy.AllocateFund.Grants.Keys);
        Assert.All(new[] { AccessPolicy.SpendFromFund, AccessPolicy.RefundToFund }, p => Assert.Equal(
            [(Actor.OffenderManager, Reach.Caseload), (Actor.Partner, Reach.OwnOrganisation)], p.Grants.Select(g => (g.Key, g.Value)).OrderBy(g => g.Key)));
        Assert.Equal((Actor.Partner, Reach.OwnOrganisation), Of(Callers[Actor.IjCoordinator].Require(AccessPolicy.SpendFromFund)));
        Assert.Throws<ForbiddenException>(() => Callers[Actor.Person].Require(AccessPolicy.SpendFromFund));

        static (Actor, Reach) Of(Grant grant) => (grant.Actor, grant.Reach);
    }

    [Fact]
    public void A_person_on_probation_is_refused_the_directory_with_what_their_sign_in_is_for()
    {
        var person = Callers[Actor.Person];

        var directory = Assert.Throws<ForbiddenException>(() => person.Require(AccessPolicy.Services));
        var grant = person.Require(AccessPolicy.AddGoal);

        Assert.Equal("Signed in as a person on probation, you may see your own plan, fund and referrals only; to read the public directory, sign out.", directory.Message);
        Assert.Equal((Actor.Person, Reach.Self), (grant.Actor, grant.Reach));
        Assert.DoesNotContain(Actor.Person, AccessPolicy.All.Where(p => p.Grants.ContainsKey(Actor.Anonymous)).SelectMany(p => p.Grants.Keys));
    }
}
