using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Taxonomy;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

public sealed class HardRulesTests
{
    private static readonly ConnectorProfile Zoned = Person with { ExclusionZones = AroundCentre };

    [Fact]
    public void An_offer_inside_an_exclusion_zone_is_inside_it()
    {
        Assert.True(HardRules.InsideExclusionZone(Zoned, OpenOffer with { Location = Centre }));
        Assert.Equal(HardRules.ExclusionZone, HardRules.FirstBroken(Zoned, OpenOffer with { Location = Centre }));
    }

    [Fact]
    public void An_offer_outside_every_exclusion_zone_is_not_inside_one()
    {
        Assert.False(HardRules.InsideExclusionZone(Zoned, OpenOffer with { Location = Elsewhere }));
        Assert.Null(HardRules.FirstBroken(Zoned, OpenOffer with { Location = Elsewhere }));
    }

    [Fact]
    public void An_offer_without_a_location_is_never_inside_an_exclusion_zone()
    {
        Assert.False(HardRules.InsideExclusionZone(Zoned, OpenOffer with { Location = null }));
    }

    [Fact]
    public void Without_exclusion_zones_nothing_is_inside_one()
    {
        Assert.False(HardRules.InsideExclusionZone(Person, OpenOffer with { Location = Centre }));
    }

    [Theory]
    [InlineData(Gender.Male)]
    [InlineData(Gender.NonBinary)]
    [InlineData(Gender.NotStated)]
    public void A_women_only_offer_is_not_for_anyone_but_a_woman(Gender gender)
    {
        var person = Person with { Gender = gender };

        Assert.True(HardRules.WomenOnlyForSomeoneElse(person, OpenOffer with { WomenOnly = true }));
        Assert.Equal(HardRules.WomenOnly, HardRules.FirstBroken(person, OpenOffer with { WomenOnly = true }));
    }

    [Fact]
    public void A_women_only_offer_is_open_to_a_woman()
    {
        Assert.False(HardRules.WomenOnlyForSomeoneElse(Person with { Gender = Gender.Female }, OpenOffer with { WomenOnly = true }));
    }

    [Theory]
    [InlineData(Gender.Female)]
    [InlineData(Gender.Male)]
    [InlineData(Gender.NonBinary)]
    [InlineData(Gender.NotStated)]
    public void An_offer_that_is_not_women_only_is_open_to_every_gender(Gender gender)
    {
        Assert.False(HardRules.WomenOnlyForSomeoneElse(Person with { Gender = gender }, OpenOffer));
    }

    [Theory]
    [InlineData(17, true)]
    [InlineData(18, false)]
    [InlineData(21, false)]
    [InlineData(25, false)]
    [InlineData(26, true)]
    public void Age_limits_are_inclusive(int age, bool outside)
    {
        var offer = OpenOffer with { MinAge = 18, MaxAge = 25 };

        Assert.Equal(outside, HardRules.OutsideAgeLimits(Person with { Age = age }, offer));
        Assert.Equal(outside ? HardRules.Age : null, HardRules.FirstBroken(Person with { Age = age }, offer));
    }

    [Fact]
    public void An_unknown_age_is_not_held_against_anyone()
    {
        Assert.False(HardRules.OutsideAgeLimits(Person with { Age = null }, OpenOffer with { MinAge = 18, MaxAge = 25 }));
    }

    [Theory]
    [InlineData(18, null, 90, false)]
    [InlineData(18, null, 17, true)]
    [InlineData(null, 25, 0, false)]
    [InlineData(null, 25, 26, true)]
    public void A_single_limit_is_checked_on_its_own(int? min, int? max, int age, bool outside)
    {
        Assert.Equal(outside, HardRules.OutsideAgeLimits(Person with { Age = age }, OpenOffer with { MinAge = min, MaxAge = max }));
    }

    [Fact]
    public void A_risk_flag_the_offer_is_unsuitable_for_excludes_the_person()
    {
        var person = Person with { RiskFlags = Set("ARSON") };
        var offer = OpenOffer with { UnsuitableFor = ["WEAPONS", "ARSON"] };

        Assert.True(HardRules.UnsuitableForRiskFlag(person, offer));
        Assert.Equal(HardRules.RiskFlag, HardRules.FirstBroken(person, offer));
    }

    [Fact]
    public void A_child_facing_offer_excludes_no_contact_with_children_even_when_not_listed()
    {
        var person = Person with { RiskFlags = Set(RiskFlags.NoContactChildren) };

        Assert.True(HardRules.UnsuitableForRiskFlag(person, OpenOffer with { ChildFacing = true }));
    }

    [Fact]
    public void A_child_facing_offer_is_open_to_someone_with_other_flags()
    {
        var person = Person with { RiskFlags = Set("ARSON") };

        Assert.False(HardRules.UnsuitableForRiskFlag(person, OpenOffer with { ChildFacing = true }));
    }

    [Fact]
    public void No_contact_with_children_does_not_exclude_an_offer_that_is_not_child_facing()
    {
        var person = Person with { RiskFlags = Set(RiskFlags.NoContactChildren) };

        Assert.False(HardRules.UnsuitableForRiskFlag(person, OpenOffer with { UnsuitableFor = ["ARSON"] }));
    }

    [Fact]
    public void An_unrelated_risk_flag_does_not_exclude_the_person()
    {
        var person = Person with { RiskFlags = Set("WEAPONS") };

        Assert.False(HardRules.UnsuitableForRiskFlag(person, OpenOffer with { UnsuitableFor = ["ARSON", "SEXUAL_OFFENCE"] }));
    }

    [Theory]
    [InlineData(RiskLevel.VeryHigh, RiskLevel.High, true)]
    [InlineData(RiskLevel.Medium, RiskLevel.Low, true)]
    [InlineData(RiskLevel.High, RiskLevel.High, false)]
    [InlineData(RiskLevel.Low, RiskLevel.Medium, false)]
    public void A_risk_of_harm_above_what_the_offer_can_supervise_excludes_the_person(RiskLevel risk, RiskLevel max, bool above)
    {
        var person = Person with { RiskOfHarm = risk };
        var offer = OpenOffer with { MaxRiskOfHarm = max };

        Assert.Equal(above, HardRules.RiskAboveSupervision(person, offer));
        Assert.Equal(above ? HardRules.RiskLevelRule : null, HardRules.FirstBroken(person, offer));
    }

    [Fact]
    public void An_unknown_risk_of_harm_is_not_held_against_anyone()
    {
        Assert.False(HardRules.RiskAboveSupervision(Person with { RiskOfHarm = null }, OpenOffer with { MaxRiskOfHarm = RiskLevel.Low }));
    }

    [Fact]
    public void An_offer_without_a_supervision_limit_takes_any_risk_of_harm()
    {
        Assert.False(HardRules.RiskAboveSupervision(Person with { RiskOfHarm = RiskLevel.VeryHigh }, OpenOffer with { MaxRiskOfHarm = null }));
    }

    [Fact]
    public void An_offer_in_no_language_the_person_speaks_excludes_them()
    {
        var person = Person with { Languages = Set("en", "ur") };
        var offer = OpenOffer with { Languages = ["pl", "ro"] };

        Assert.True(HardRules.NoSharedLanguage(person, offer));
        Assert.Equal(HardRules.Language, HardRules.FirstBroken(person, offer));
    }

    [Fact]
    public void One_shared_language_is_enough()
    {
        Assert.False(HardRules.NoSharedLanguage(Person with { Languages = Set("en", "pl") }, OpenOffer with { Languages = ["pl", "ro"] }));
    }

    [Fact]
    public void English_is_assumed_where_the_person_has_no_language_recorded()
    {
        var person = Person with { Languages = Set() };

        Assert.False(HardRules.NoSharedLanguage(person, OpenOffer with { Languages = ["en"] }));
        Assert.True(HardRules.NoSharedLanguage(person, OpenOffer with { Languages = ["pl"] }));
    }

    [Fact]
    public void An_offer_with_no_languages_recorded_is_open_to_every_speaker()
    {
        Assert.False(HardRules.NoSharedLanguage(Person with { Languages = Set("pl") }, OpenOffer with { Languages = [] }));
    }

    [Fact]
    public void A_full_offer_has_no_place_left()
    {
        Assert.True(HardRules.NoPlaceLeft(Person, OpenOffer with { Full = true }));
        Assert.False(HardRules.NoPlaceLeft(Person, OpenOffer));
        Assert.Equal(HardRules.Full, HardRules.FirstBroken(Person, OpenOffer with { Full = true }));
    }

    [Fact]
    public void An_offer_that_breaks_no_rule_may_be_offered()
    {
        Assert.Null(HardRules.FirstBroken(Zoned, OpenOffer with { Location = Elsewhere }));
    }

    [Fact]
    public void The_codes_are_reported_in_the_documented_order()
    {
        Assert.Equal(["EXCLUSION_ZONE", "WOMEN_ONLY", "AGE", "RISK_FLAG", "RISK_LEVEL", "LANGUAGE", "FULL"], HardRules.Codes);
    }

    [Theory]
    [InlineData(0, "EXCLUSION_ZONE")]
    [InlineData(1, "WOMEN_ONLY")]
    [InlineData(2, "AGE")]
    [InlineData(3, "RISK_FLAG")]
    [InlineData(4, "RISK_LEVEL")]
    [InlineData(5, "LANGUAGE")]
    [InlineData(6, "FULL")]
    public void When_several_rules_apply_the_first_in_order_is_reported(int firstBroken, string expected)
    {
        // The person breaks every rule from firstBroken onwards, and none before it.
        var person = Zoned with
        {
            Gender = Gender.Male,
            Age = 17,
            RiskOfHarm = RiskLevel.VeryHigh,
            RiskFlags = Set("ARSON"),
            Languages = Set("en"),
        };
        var offer = new Offer(
            firstBroken <= 0 ? Centre : Elsewhere,
            WomenOnly: firstBroken <= 1,
            MinAge: firstBroken <= 2 ? 18 : null,
            MaxAge: null,
            UnsuitableFor: firstBroken <= 3 ? ["ARSON"] : [],
            ChildFacing: false,
            MaxRiskOfHarm: firstBroken <= 4 ? RiskLevel.High : null,
            Languages: firstBroken <= 5 ? ["pl"] : [],
            Full: true);

        Assert.Equal(expected, HardRules.FirstBroken(person, offer));
        Assert.Equal(HardRules.Codes[firstBroken], HardRules.FirstBroken(person, offer));
    }

    public static TheoryData<string, string, Offer, string> Details => new()
    {
        { HardRules.ExclusionZone, ExclusionKinds.Service, OpenOffer with { Location = Centre }, "Inside their exclusion zone" },
        { HardRules.WomenOnly, ExclusionKinds.Placement, OpenOffer with { WomenOnly = true }, "For women only" },
        { HardRules.Age, ExclusionKinds.Service, OpenOffer with { MinAge = 18, MaxAge = 25 }, "For ages 18 to 25" },
        { HardRules.Age, ExclusionKinds.Service, OpenOffer with { MinAge = 50 }, "For ages 50 and over" },
        { HardRules.Age, ExclusionKinds.Service, OpenOffer with { MaxAge = 21 }, "For ages up to 21" },
        { HardRules.RiskFlag, ExclusionKinds.Service, OpenOffer with { UnsuitableFor = ["ARSON", "WEAPONS", "SEXUAL_OFFENCE"] }, "Unsuitable for ARSON and WEAPONS" },
        { HardRules.RiskFlag, ExclusionKinds.Placement, OpenOffer with { ChildFacing = true }, "Unsuitable for NO_CONTACT_CHILDREN (work with children)" },
        { HardRules.RiskLevelRule, ExclusionKinds.Placement, OpenOffer with { MaxRiskOfHarm = RiskLevel.Medium }, "Supervision manages a risk of harm up to MEDIUM" },
        { HardRules.Language, ExclusionKinds.Service, OpenOffer with { Languages = ["pl", "ar"] }, "Delivered in Polish and Arabic only" },
        { HardRules.Language, ExclusionKinds.Mentor, OpenOffer with { Languages = ["pl"] }, "Speaks Polish only" },
        { HardRules.Full, ExclusionKinds.Placement, OpenOffer with { Full = true, Capacity = 6 }, "All 6 places are taken" },
        { HardRules.Full, ExclusionKinds.Mentor, OpenOffer with { Full = true, Capacity = 1 }, "Already mentors 1 person, as many as they can" },
    };

    [Theory]
    [MemberData(nameof(Details))]
    public void Each_rule_says_what_about_the_offer_broke_it(string rule, string kind, Offer offer, string detail)
    {
        var person = Zoned with { Age = 30, RiskOfHarm = RiskLevel.High, RiskFlags = Set("ARSON", "WEAPONS", RiskFlags.NoContactChildren), Languages = Set("ur") };

        Assert.Equal(rule, HardRules.FirstBroken(person, offer with { Location = rule == HardRules.ExclusionZone ? Centre : Elsewhere }));
        Assert.Equal(detail, HardRules.Describe(rule, kind, person, offer));
    }
}
