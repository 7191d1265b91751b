using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Taxonomy;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class CommunityConnectorTests
{
    private static readonly ConnectorProfile NeedsHousingMost = Person with
    {
        Needs = [new("DRUGS", 2), new("ACCOMMODATION", 3)],
    };

    // Services

    [Fact]
    public void An_excluded_service_is_in_no_section_and_is_listed_with_its_first_rule()
    {
        var barred = Service("svc-women") with { WomenOnly = true, MinAge = 40 };

        var result = Match(Request(), Candidates(services: [barred, Service("svc-open")]));

        Assert.Equal(["svc-open"], result.Services.Select(s => s.Service.Id));
        Assert.Empty(result.Online);
        Assert.Equal([new Exclusion("svc-women", "Service svc-women", HardRules.WomenOnly, ExclusionKinds.Service, "For women only")], result.Excluded);
    }

    [Fact]
    public void A_service_inside_an_exclusion_zone_is_excluded()
    {
        var person = Person with { ExclusionZones = AroundCentre };
        var outside = Service("svc-outside") with { Lat = Elsewhere.Latitude, Lon = Elsewhere.Longitude };

        var result = Match(Request(person), Candidates(services: [Service("svc-inside"), outside]));

        Assert.Equal(["svc-outside"], result.Services.Select(s => s.Service.Id));
        Assert.Equal([new Exclusion("svc-inside", "Service svc-inside", HardRules.ExclusionZone, ExclusionKinds.Service, "Inside their exclusion zone")], result.Excluded);
    }

    [Fact]
    public void A_service_for_the_most_severe_need_outranks_an_equally_near_one_for_a_milder_need()
    {
        var result = Match(Request(NeedsHousingMost), Candidates(services: [Service("a-drugs", 2, "DRUGS"), Service("b-housing", 2, "ACCOMMODATION")]));

        Assert.Equal(["b-housing", "a-drugs"], result.Services.Select(s => s.Service.Id));
        Assert.True(result.Services[0].Score > result.Services[1].Score);
        Assert.Contains(new Reason("NEED", "Addresses accommodation, the most severe need"), result.Services[0].Reasons);
        Assert.Contains(new Reason("NEED", "Addresses drugs"), result.Services[1].Reasons);
    }

    [Fact]
    public void A_service_for_several_focus_needs_says_which_others_it_addresses()
    {
        var person = Person with { Needs = [new("ACCOMMODATION", 3), new("DRUGS", 2), new("ALCOHOL", 1)] };

        var match = Assert.Single(Match(Request(person), Candidates(services: [Service("svc", 1, "ALCOHOL", "ACCOMMODATION", "DRUGS")])).Services);

        Assert.Contains(new Reason("NEED", "Addresses accommodation, the most severe need"), match.Reasons);
        Assert.Contains(new Reason("NEED", "Also addresses drugs and alcohol"), match.Reasons);
    }

    [Fact]
    public void A_service_for_no_focus_need_is_still_offered_without_a_need_reason()
    {
        var match = Assert.Single(Match(Request(NeedsHousingMost), Candidates(services: [Service("svc", 1, "HEALTH")])).Services);

        Assert.DoesNotContain(match.Reasons, r => r.Code == "NEED");
    }

    [Fact]
    public void Nearer_beats_farther_when_all_else_is_equal()
    {
        // The ids would put the farther one first if distance did not count.
        var result = Match(Request(NeedsHousingMost), Candidates(services: [Service("a-far", 6, "DRUGS"), Service("b-near", 2, "DRUGS")]));

        Assert.Equal(["b-near", "a-far"], result.Services.Select(s => s.Service.Id));
        Assert.True(result.Services[0].Score > result.Services[1].Score);
        Assert.Equal(2, result.Services[0].DistanceKm);
    }

    [Fact]
    public void The_distance_reason_says_whether_it_is_measured_from_home()
    {
        var fromHome = Assert.Single(Match(Request(nearIsHome: true), Candidates(services: [Service("svc", 2.25)])).Services);
        var fromPoint = Assert.Single(Match(Request(nearIsHome: false), Candidates(services: [Service("svc", 2.25)])).Services);

        Assert.Contains(new Reason("DISTANCE", "2.3 km from home"), fromHome.Reasons);
        Assert.Contains(new Reason("DISTANCE", "2.3 km from the search point"), fromPoint.Reasons);
    }

    [Fact]
    public void No_waiting_list_is_a_reason_and_scores_more_than_a_wait()
    {
        var result = Match(Request(), Candidates(services: [Service("a-wait") with { WaitingDays = 30 }, Service("b-now") with { WaitingDays = 0 }]));

        Assert.Equal(["b-now", "a-wait"], result.Services.Select(s => s.Service.Id));
        Assert.Contains(new Reason("WAIT", "No waiting list"), result.Services[0].Reasons);
        Assert.Contains(new Reason("WAIT", "Usual wait 30 days"), result.Services[1].Reasons);
    }

    [Fact]
    public void A_service_in_their_own_language_other_than_english_says_so_and_scores_more()
    {
        var person = Person with { Languages = Set("en", "pl") };
        var result = Match(Request(person), Candidates(services: [Service("a-english") with { Languages = ["en"] }, Service("b-polish") with { Languages = ["en", "pl"] }]));

        Assert.Equal(["b-polish", "a-english"], result.Services.Select(s => s.Service.Id));
        Assert.Contains(new Reason("LANGUAGE", "Delivered in Polish"), result.Services[0].Reasons);
        Assert.DoesNotContain(result.Services[1].Reasons, r => r.Code == "LANGUAGE");
    }

    [Fact]
    public void A_bridge_from_their_network_is_shown_and_raises_the_score()
    {
        var network = PersonNetwork.Empty with { Mentors = [new MentorTie("mentor-17", "Sam", [], [new OrganisationRef("org-hope", "Hope Trust", "VCSE")])] };
        var elsewhere = Service("a-elsewhere") with { Organisation = Org("org-other", "Other Trust") };

        var result = Match(Request(network: network), Candidates(services: [elsewhere, Service("b-hope")]));

        Assert.Equal(["b-hope", "a-elsewhere"], result.Services.Select(s => s.Service.Id));
        Assert.Equal([new Bridge("Their mentor Sam volunteers at Hope Trust", 2)], result.Services[0].Bridges);
        Assert.Empty(result.Services[1].Bridges);
    }

    // Online services

    [Fact]
    public void An_online_service_is_in_the_online_section_with_an_online_reason_however_far()
    {
        var online = Service("svc-online", 500, "ACCOMMODATION") with { Online = true };

        var result = Match(Request(NeedsHousingMost, radiusKm: 5), Candidates(online: [online]));

        var match = Assert.Single(result.Online);
        Assert.Equal("svc-online", match.Service.Id);
        Assert.Equal(0, match.DistanceKm);
        Assert.Contains(new Reason("ONLINE", "Online: no travel needed"), match.Reasons);
        Assert.DoesNotContain(match.Reasons, r => r.Code == "DISTANCE");
        Assert.Empty(result.Services);
        Assert.Empty(result.Excluded);
    }

    [Fact]
    public void An_online_service_is_never_excluded_by_where_its_provider_is()
    {
        var person = Person with { ExclusionZones = AroundCentre };
        var online = Service("svc-online") with { Online = true, Lat = Centre.Latitude, Lon = Centre.Longitude };

        var result = Match(Request(person), Candidates(online: [online]));

        Assert.Equal(["svc-online"], result.Online.Select(s => s.Service.Id));
    }

    [Fact]
    public void The_other_hard_rules_still_apply_online()
    {
        var online = Service("svc-online") with { Online = true, WomenOnly = true };

        var result = Match(Request(Person with { Gender = Gender.Male }), Candidates(online: [online]));

        Assert.Empty(result.Online);
    }

    // Placements

    [Fact]
    public void A_placement_that_uses_their_strengths_says_which()
    {
        var person = Person with { Strengths = Set("DIY", "GARDENING", "MUSIC") };
        var plain = Placement("a-plain");
        var skilled = Placement("b-skilled") with { Skills = ["GARDENING", "COOKING", "DIY"] };

        var result = Match(Request(person), Candidates(placements: [plain, skilled]));

        Assert.Equal(["b-skilled", "a-plain"], result.Placements.Select(p => p.Placement.Id));
        Assert.Contains(new Reason("STRENGTHS", "Uses their gardening and diy skills"), result.Placements[0].Reasons);
        Assert.DoesNotContain(result.Placements[1].Reasons, r => r.Code == "STRENGTHS");
    }

    [Fact]
    public void Available_slots_are_capacity_less_those_filled()
    {
        var placement = Placement("plc", 1, "Thu 10:00-12:00") with { Capacity = 5, Filled = 2 };

        var match = Assert.Single(Match(Request(), Candidates(placements: [placement])).Placements);

        Assert.Equal(3, match.AvailableSlots);
        Assert.Contains(new Reason("AVAILABILITY", "3 places left, next session tomorrow at 10:00"), match.Reasons);
    }

    [Theory]
    [InlineData("Thu 10:00-12:00", true)]
    [InlineData("Wed 12:30-15:00", true)]
    [InlineData("Fri 12:00-14:00", true)]
    [InlineData("Fri 12:01-14:00", false)]
    [InlineData("Sat 09:00-12:00", false)]
    [InlineData("Wed 11:00-15:00", false)]
    public void A_placement_can_start_within_48_hours_when_a_session_begins_within_them(string session, bool within)
    {
        var match = Assert.Single(Match(Request(), Candidates(placements: [Placement("plc", 1, session)])).Placements);

        Assert.Equal(within, match.CanStartWithin48h);
        Assert.Equal(within, match.Reasons.Any(r => r.Code == "STARTS_WITHIN_48H"));
    }

    [Fact]
    public void The_earliest_start_is_the_next_session_in_utc()
    {
        var placement = Placement("plc", 1, "Sat 09:00-12:00", "Thu 18:00-20:00");

        var match = Assert.Single(Match(Request(), Candidates(placements: [placement])).Placements);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero), match.EarliestStart);
    }

    [Fact]
    public void Sessions_are_in_uk_local_time_when_deciding_the_48_hours()
    {
        // Wednesday 1 July 2026, noon UTC, is 13:00 in British Summer Time. Friday 12:30 in London is 11:30 UTC:
        // 47.5 hours away, though 48.5 hours if the session were read as UTC.
        var summerWednesday = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        var match = Assert.Single(Match(Request(), Candidates(placements: [Placement("plc", 1, "Fri 12:30-14:00")]), now: summerWednesday).Placements);

        Assert.True(match.CanStartWithin48h);
        Assert.Equal(new DateTimeOffset(2026, 7, 3, 11, 30, 0, TimeSpan.Zero), match.EarliestStart);
    }

    [Fact]
    public void A_placement_without_sessions_cannot_start_within_48_hours()
    {
        var match = Assert.Single(Match(Request(), Candidates(placements: [Placement("plc")])).Placements);

        Assert.Null(match.EarliestStart);
        Assert.False(match.CanStartWithin48h);
        Assert.Contains(new Reason("AVAILABILITY", "4 places left, no sessions scheduled"), match.Reasons);
    }

    [Fact]
    public void A_placement_starting_sooner_ranks_higher_when_all_else_is_equal()
    {
        var result = Match(Request(), Candidates(placements: [Placement("a-saturday", 1, "Sat 09:00-12:00"), Placement("b-thursday", 1, "Thu 09:00-12:00")]));

        Assert.Equal(["b-thursday", "a-saturday"], result.Placements.Select(p => p.Placement.Id));
    }

    [Theory]
    [InlineData(4, 4, "All 4 places are taken")]
    [InlineData(4, 5, "All 4 places are taken")]
    [InlineData(1, 1, "Its one place is taken")]
    [InlineData(0, 0, "It has no places")]
    public void A_full_placement_is_excluded_as_full(int capacity, int filled, string detail)
    {
        var full = Placement("plc-full") with { Capacity = capacity, Filled = filled };

        var result = Match(Request(), Candidates(placements: [full]));

        Assert.Empty(result.Placements);
        Assert.Equal([new Exclusion("plc-full", "Placement plc-full", HardRules.Full, ExclusionKinds.Placement, detail)], result.Excluded);
    }

    [Fact]
    public void A_placement_with_one_place_left_is_offered()
    {
        var match = Assert.Single(Match(Request(), Candidates(placements: [Placement("plc", 1, "Thu 10:00-12:00") with { Capacity = 4, Filled = 3 }])).Placements);

        Assert.Equal(1, match.AvailableSlots);
        Assert.Contains(new Reason("AVAILABILITY", "1 place left, next session tomorrow at 10:00"), match.Reasons);
    }

    [Fact]
    public void A_placement_that_cannot_supervise_their_risk_of_harm_is_excluded()
    {
        var person = Person with { RiskOfHarm = RiskLevel.VeryHigh };
        var supervised = Placement("plc-supervised") with { MaxRiskOfHarm = "VERY_HIGH" };

        var result = Match(Request(person), Candidates(placements: [Placement("plc-high"), supervised]));

        Assert.Equal(["plc-supervised"], result.Placements.Select(p => p.Placement.Id));
        Assert.Equal([new Exclusion("plc-high", "Placement plc-high", HardRules.RiskLevelRule, ExclusionKinds.Placement, "Supervision manages a risk of harm up to HIGH")], result.Excluded);
    }

    [Fact]
    public void A_child_facing_placement_is_excluded_for_no_contact_with_children()
    {
        var person = Person with { RiskFlags = Set(RiskFlags.NoContactChildren) };

        var result = Match(Request(person), Candidates(placements: [Placement("plc-kids") with { ChildFacing = true }]));

        Assert.Empty(result.Placements);
        Assert.Equal([new Exclusion("plc-kids", "Placement plc-kids", HardRules.RiskFlag, ExclusionKinds.Placement, "Unsuitable for NO_CONTACT_CHILDREN (work with children)")], result.Excluded);
    }

    // Mentors

    [Fact]
    public void A_mentor_of_the_same_gender_says_so_and_scores_more()
    {
        var person = Person with { Gender = Gender.Male };

        var result = Match(Request(person), Candidates(mentors: [Mentor("a-female", gender: "FEMALE"), Mentor("b-male", gender: "MALE")]));

        Assert.Equal(["b-male", "a-female"], result.Mentors.Select(m => m.Mentor.Id));
        Assert.Contains(new Reason("GENDER", "Same gender"), result.Mentors[0].Reasons);
        Assert.DoesNotContain(result.Mentors[1].Reasons, r => r.Code == "GENDER");
        Assert.Equal(new ScoringWeights().Gender, result.Mentors[0].Score - result.Mentors[1].Score, 3);
    }

    [Fact]
    public void Not_stated_is_not_the_same_gender_as_not_stated()
    {
        var person = Person with { Gender = Gender.NotStated };

        var result = Match(Request(person), Candidates(mentors: [Mentor("a", gender: "NOT_STATED")]));

        Assert.DoesNotContain(result.Mentors[0].Reasons, r => r.Code == "GENDER");
    }

    [Fact]
    public void A_mentor_with_lived_experience_of_a_focus_need_says_so_and_scores_more()
    {
        var result = Match(Request(NeedsHousingMost), Candidates(mentors: [Mentor("a-none"), Mentor("b-lived", livedExperience: ["HEALTH", "DRUGS"])]));

        Assert.Equal(["b-lived", "a-none"], result.Mentors.Select(m => m.Mentor.Id));
        Assert.Contains(new Reason("LIVED_EXPERIENCE", "Has lived experience of drugs"), result.Mentors[0].Reasons);
        Assert.DoesNotContain(result.Mentors[1].Reasons, r => r.Code == "LIVED_EXPERIENCE");
    }

    [Fact]
    public void Lived_experience_of_a_more_severe_need_counts_more()
    {
        var result = Match(Request(NeedsHousingMost), Candidates(mentors: [Mentor("a-drugs", livedExperience: ["DRUGS"]), Mentor("b-housing", livedExperience: ["ACCOMMODATION"])]));

        Assert.Equal(["b-housing", "a-drugs"], result.Mentors.Select(m => m.Mentor.Id));
    }

    [Fact]
    public void A_mentor_says_how_many_more_people_they_can_take()
    {
        var mentor = Mentor("m") with { Capacity = 3, Mentees = 2 };

        var match = Assert.Single(Match(Request(), Candidates(mentors: [mentor])).Mentors);

        Assert.Contains(new Reason("CAPACITY", "Can take 1 more person"), match.Reasons);
    }

    [Fact]
    public void A_mentor_with_no_spare_capacity_is_excluded_as_full()
    {
        var result = Match(Request(), Candidates(mentors: [Mentor("m-full") with { Capacity = 2, Mentees = 2 }]));

        Assert.Empty(result.Mentors);
        Assert.Equal([new Exclusion("m-full", "Mentor m-full", HardRules.Full, ExclusionKinds.Mentor, "Already mentors 2 people, as many as they can")], result.Excluded);
    }

    [Fact]
    public void A_very_high_risk_person_gets_no_peer_mentors()
    {
        var person = Person with { RiskOfHarm = RiskLevel.VeryHigh };

        var result = Match(Request(person), Candidates(mentors: [Mentor("m-1"), Mentor("m-2")]));

        Assert.Empty(result.Mentors);
        Assert.Equal([HardRules.RiskLevelRule, HardRules.RiskLevelRule], result.Excluded.Select(e => e.Rule));
    }

    [Fact]
    public void A_high_risk_person_can_have_a_peer_mentor()
    {
        var person = Person with { RiskOfHarm = RiskLevel.High };

        Assert.Single(Match(Request(person), Candidates(mentors: [Mentor("m-1")])).Mentors);
    }

    [Fact]
    public void A_mentor_who_speaks_none_of_their_languages_is_excluded()
    {
        var person = Person with { Languages = Set("ur") };

        var result = Match(Request(person), Candidates(mentors: [Mentor("m-pl") with { Languages = ["pl", "en"] }, Mentor("m-ur") with { Languages = ["ur"] }]));

        Assert.Equal(["m-ur"], result.Mentors.Select(m => m.Mentor.Id));
        Assert.Contains(new Reason("LANGUAGE", "Speaks Urdu"), result.Mentors[0].Reasons);
        Assert.Equal([new Exclusion("m-pl", "Mentor m-pl", HardRules.Language, ExclusionKinds.Mentor, "Speaks Polish and English only")], result.Excluded);
    }

    // Sections, social capital and weights

    [Fact]
    public void First_limits_each_section_to_the_best()
    {
        var candidates = Candidates(
            services: [Service("s-far", 8), Service("s-near", 1), Service("s-mid", 4)],
            online: [Service("o-1") with { Online = true }, Service("o-2") with { Online = true }, Service("o-3") with { Online = true }],
            placements: [Placement("p-far", 8), Placement("p-near", 1), Placement("p-mid", 4)],
            mentors: [Mentor("m-far", 8), Mentor("m-near", 1), Mentor("m-mid", 4)]);

        var result = Match(Request(first: 2), candidates);

        Assert.Equal(["s-near", "s-mid"], result.Services.Select(s => s.Service.Id));
        Assert.Equal(["o-1", "o-2"], result.Online.Select(s => s.Service.Id));
        Assert.Equal(["p-near", "p-mid"], result.Placements.Select(p => p.Placement.Id));
        Assert.Equal(["m-near", "m-mid"], result.Mentors.Select(m => m.Mentor.Id));
    }

    [Fact]
    public void Exclusions_are_reported_even_when_first_keeps_few_items()
    {
        var candidates = Candidates(
            services: [Service("s-1"), Service("s-2"), Service("s-women") with { WomenOnly = true }],
            placements: [Placement("p-full") with { Filled = 4 }],
            mentors: [Mentor("m-full") with { Mentees = 3 }]);

        var result = Match(Request(first: 1), candidates);

        Assert.Equal(["s-women", "p-full", "m-full"], result.Excluded.Select(e => e.Id));
    }

    [Fact]
    public void Without_a_network_there_is_no_social_capital()
    {
        Assert.Null(Match(Request(network: null), Candidates()).SocialCapital);
    }

    [Fact]
    public void With_a_network_its_social_capital_is_given_for_the_focus_needs()
    {
        var network = PersonNetwork.Empty with { Contacts = [new ContactTie("FRIEND", true, [], [])] };

        var capital = Match(Request(NeedsHousingMost, network: network), Candidates()).SocialCapital;

        Assert.NotNull(capital);
        Assert.Equal([new SocialTie("FRIEND", "Friend")], capital.Bonding);
        Assert.Equal(["ACCOMMODATION", "DRUGS"], capital.NeedsWithoutTies);
    }

    [Fact]
    public void With_need_weighted_above_distance_a_far_service_for_the_top_need_wins()
    {
        var person = Person with { Needs = [new("ACCOMMODATION", 3), new("DRUGS", 1)] };
        var candidates = Candidates(services: [Service("far-housing", 9, "ACCOMMODATION"), Service("near-drugs", 0.5, "DRUGS")]);

        var result = Match(Request(person), candidates, new ScoringWeights { Need = 10, Distance = 0 });

        Assert.Equal(["far-housing", "near-drugs"], result.Services.Select(s => s.Service.Id));
    }

    [Fact]
    public void With_distance_weighted_above_need_a_near_service_for_a_milder_need_wins()
    {
        var person = Person with { Needs = [new("ACCOMMODATION", 3), new("DRUGS", 1)] };
        var candidates = Candidates(services: [Service("far-housing", 9, "ACCOMMODATION"), Service("near-drugs", 0.5, "DRUGS")]);

        var result = Match(Request(person), candidates, new ScoringWeights { Need = 0, Distance = 10 });

        Assert.Equal(["near-drugs", "far-housing"], result.Services.Select(s => s.Service.Id));
    }

    [Fact]
    public void Requested_needs_change_which_service_ranks_first()
    {
        var candidates = Candidates(services: [Service("a-drugs", 2, "DRUGS"), Service("b-housing", 2, "ACCOMMODATION")]);
        var person = Person with { Needs = [] };

        var result = Match(Request(person, needs: ["DRUGS", "ACCOMMODATION"]), candidates);

        Assert.Equal(["a-drugs", "b-housing"], result.Services.Select(s => s.Service.Id));
        Assert.Contains(new Reason("NEED", "Addresses drugs, the most severe need"), result.Services[0].Reasons);
    }
}
