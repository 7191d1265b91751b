using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Referrals;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

/// <summary>What the person is already referred to, has done, or is mentored by is marked, said, and ranked after fresh items.</summary>
public sealed class PriorUseTests
{
    private static readonly DateTimeOffset ThirdOfDecember = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TwelfthOfNovember = new(2026, 11, 12, 16, 0, 0, TimeSpan.Zero);

    private static readonly OrganisationRef Hope = new("org-hope", "Hope Trust", "VCSE");

    private static readonly ConnectorProfile Cook = Person with { Strengths = Set("COOKING") };

    [Fact]
    public void A_placement_they_just_completed_is_marked_and_ranked_after_a_fresh_one_that_scores_less()
    {
        var done = Placement("plc-done", 0.5, "Thu 10:00-12:00") with { Skills = ["COOKING"] };
        var fresh = Placement("plc-fresh", 3, "Thu 10:00-12:00");
        var network = PersonNetwork.Empty with
        {
            Completed = [new CompletedPlacement("plc-done", "Kitchen", Hope)],
            Referrals = [new ReferralTie("ref-1", "plc-done", ReferralStatus.Completed, TwelfthOfNovember.AddDays(-30), TwelfthOfNovember)],
        };

        var result = Match(Request(Cook, network: network), Candidates(placements: [done, fresh]));

        Assert.Equal(["plc-fresh", "plc-done"], result.Placements.Select(p => p.Placement.Id));
        Assert.True(result.Placements[1].Score > result.Placements[0].Score);
        Assert.Equal(new PriorUse(false, true, network.Referrals[0]), result.Placements[1].Prior);
        Assert.Contains(new Reason("COMPLETED", "Completed on 12 Nov 2026"), result.Placements[1].Reasons);
        Assert.Equal(PriorUse.None, result.Placements[0].Prior);
    }

    [Fact]
    public void A_service_with_an_open_referral_says_when_it_was_made_and_where_it_stands()
    {
        var network = PersonNetwork.Empty with
        {
            Referrals =
            [
                new ReferralTie("ref-old", "svc-near", ReferralStatus.Declined, ThirdOfDecember.AddMonths(-6), ThirdOfDecember.AddMonths(-6)),
                new ReferralTie("ref-open", "svc-near", ReferralStatus.Pending, ThirdOfDecember, ThirdOfDecember),
                new ReferralTie("ref-gone", "svc-far", ReferralStatus.Withdrawn, ThirdOfDecember, ThirdOfDecember),
            ],
        };

        var result = Match(Request(network: network), Candidates(services: [Service("svc-near", 0.5), Service("svc-far", 5), Service("svc-new", 8)]));

        Assert.Equal(["svc-far", "svc-new", "svc-near"], result.Services.Select(s => s.Service.Id));
        var near = result.Services[2];
        Assert.True(near.Prior.AlreadyReferred);
        Assert.Equal("ref-open", near.Prior.Referral!.ReferralId);
        Assert.Contains(new Reason("ALREADY_REFERRED", "Already referred on 3 Dec 2026, pending"), near.Reasons);
        var far = result.Services[0];
        Assert.False(far.Prior.Known);
        Assert.Equal("ref-gone", far.Prior.Referral!.ReferralId);
        Assert.Contains(new Reason("REFERRED_BEFORE", "Referred on 3 Dec 2026, withdrawn"), far.Reasons);
    }

    [Fact]
    public void A_service_they_attended_is_completed_without_a_referral()
    {
        var network = PersonNetwork.Empty with { Attended = [new AttendedService("svc-1", "Drop-in", Hope, [])] };

        var match = Assert.Single(Match(Request(network: network), Candidates(services: [Service("svc-1")])).Services);

        Assert.Equal(new PriorUse(false, true, null), match.Prior);
        Assert.Contains(new Reason("COMPLETED", "Has attended it before"), match.Reasons);
    }

    [Fact]
    public void Their_mentor_is_marked_and_listed_after_other_mentors()
    {
        var network = PersonNetwork.Empty with { Mentors = [new MentorTie("m-theirs", "Sam", [], [])] };

        var result = Match(Request(network: network), Candidates(mentors: [Mentor("m-theirs", 0.1), Mentor("m-other", 4)]));

        Assert.Equal(["m-other", "m-theirs"], result.Mentors.Select(m => m.Mentor.Id));
        Assert.True(result.Mentors[1].CurrentMentor);
        Assert.Contains(new Reason("CURRENT_MENTOR", "Already mentors them"), result.Mentors[1].Reasons);
    }

    [Fact]
    public void Asked_to_leave_them_out_only_fresh_items_are_matched_and_still_as_many_as_asked()
    {
        var network = PersonNetwork.Empty with
        {
            Referrals = [new ReferralTie("ref-1", "svc-a", ReferralStatus.InProgress, ThirdOfDecember, ThirdOfDecember)],
            Completed = [new CompletedPlacement("plc-a", "Kitchen", Hope)],
            Mentors = [new MentorTie("m-a", "Sam", [], [])],
        };
        var request = Request(network: network, first: 2) with { LeaveOutKnown = true };

        var result = Match(request, Candidates(
            services: [Service("svc-a", 1), Service("svc-b", 2), Service("svc-c", 3)],
            placements: [Placement("plc-a", 1), Placement("plc-b", 2)],
            mentors: [Mentor("m-a", 1), Mentor("m-b", 2)]));

        Assert.Equal(["svc-b", "svc-c"], result.Services.Select(s => s.Service.Id));
        Assert.Equal(["plc-b"], result.Placements.Select(p => p.Placement.Id));
        Assert.Equal(["m-b"], result.Mentors.Select(m => m.Mentor.Id));
    }

    [Fact]
    public void No_match_gives_more_reasons_than_the_most_the_complexity_limit_prices()
    {
        var person = Person with { Needs = [new("ACCOMMODATION", 3), new("DRUGS", 2)], Strengths = Set("COOKING"), Languages = Set("pl", "en"), ByAndFor = Set("MINORITY_ETHNIC") };
        var network = PersonNetwork.Empty with
        {
            Referrals = [new ReferralTie("ref-1", "svc-1", ReferralStatus.Pending, ThirdOfDecember, ThirdOfDecember)],
            Completed = [new CompletedPlacement("plc-1", "Kitchen", Hope)],
            Mentors = [new MentorTie("m-1", "Sam", ["ACCOMMODATION"], [])],
        };
        var service = Service("svc-1", 1, "ACCOMMODATION", "DRUGS") with { WaitingDays = 14, Languages = ["pl"], ByAndFor = ["MINORITY_ETHNIC"] };
        var placement = Placement("plc-1", 1, "Thu 09:00-12:00") with { Skills = ["COOKING"] };
        var mentor = Mentor("m-1", 1, "MALE", "ACCOMMODATION") with { Languages = ["pl"] };

        var result = Match(Request(person, network: network), Candidates(services: [service], placements: [placement], mentors: [mentor]));

        Assert.Equal(CommunityConnector.MaxReasonsPerMatch, result.Services[0].Reasons.Count);
        Assert.Equal(CommunityConnector.MaxReasonsPerMatch - 2, result.Placements[0].Reasons.Count);
        Assert.Equal(CommunityConnector.MaxReasonsPerMatch - 1, result.Mentors[0].Reasons.Count);
    }

    [Fact]
    public void An_ad_hoc_profile_has_no_history()
    {
        var result = Match(Request(), Candidates(services: [Service("svc-1")], placements: [Placement("plc-1")], mentors: [Mentor("m-1")]));

        Assert.Equal(PriorUse.None, result.Services[0].Prior);
        Assert.Equal(PriorUse.None, result.Placements[0].Prior);
        Assert.False(result.Mentors[0].CurrentMentor);
    }
}
