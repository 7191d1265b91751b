using Rehab.Graph.Domain.Connector;

namespace Rehab.Graph.SeedGenerator.Tests;

/// <summary>
/// The generated history follows the connector's own hard rules, which the Domain decides, except in the two ways
/// that are the history's own: a completed placement had a place then, and women are mentored by women.
/// </summary>
public sealed class EligibilityTests
{
    private static readonly Organisation Host = new("org-0001", "Host", OrganisationKind.Vcse, "A host.", 53.74, -0.33, null);
    private static readonly Eligibility Rules = new([Host]);

    private static Person Person(Gender gender = Gender.Male, int birthYear = 1990, IReadOnlyList<string>? languages = null, IReadOnlyList<RiskFlag>? flags = null, RiskLevel risk = RiskLevel.Medium) =>
        new("per-0001", "J. Morley", gender, birthYear, 53.75, -0.34, "HU1", languages ?? ["en"], risk, flags ?? [], [new PersonNeed(NeedCode.Drugs, 2)], [], "prc-01");

    private static Service Service(bool womenOnly = false, int? minAge = null, int? maxAge = null, IReadOnlyList<string>? languages = null, IReadOnlyList<RiskFlag>? unsuitableFor = null) =>
        new("svc-0001", Host.Id, "Service", "A service.", [NeedCode.Drugs], false, 53.745, -0.335, womenOnly, minAge, maxAge,
            languages ?? ["en"], unsuitableFor ?? [], 10, 7, "Mon–Fri 09:00–17:00", ReferralRoute.Self);

    private static Placement Placement(int capacity, int filled, bool childFacing = false, RiskLevel maxRisk = RiskLevel.High) =>
        new("plc-0001", Host.Id, "Placement", PlacementKind.UnpaidWork, "A placement.", 53.745, -0.335, capacity, filled, false, childFacing,
            childFacing ? [RiskFlag.NoContactChildren, RiskFlag.SexualOffence] : [], maxRisk, ["Tue 09:00-15:00"], "S. Fisher", []);

    private static Mentor Mentor(Gender gender, int capacity = 2, IReadOnlyList<string>? languages = null) =>
        new("mnt-0001", "A. Ashby", gender, languages ?? ["en"], [NeedCode.Drugs], capacity, 53.75, -0.33, [Host.Id], "A mentor.");

    [Fact]
    public void A_service_the_hub_would_exclude_someone_from_is_never_in_their_history()
    {
        var man = Eligibility.Profile(Person());

        Assert.True(Eligibility.Allows(man, Rules.Offer(Service())));
        Assert.False(Eligibility.Allows(man, Rules.Offer(Service(womenOnly: true))));
        Assert.False(Eligibility.Allows(man, Rules.Offer(Service(maxAge: 25))));
        Assert.False(Eligibility.Allows(man, Rules.Offer(Service(languages: ["pl"]))));
        Assert.False(Eligibility.Allows(Eligibility.Profile(Person(flags: [RiskFlag.Arson])), Rules.Offer(Service(unsuitableFor: [RiskFlag.Arson]))));
    }

    [Fact]
    public void Age_is_counted_from_2026_whatever_the_clock_says()
    {
        var service = Rules.Offer(Service(minAge: 18, maxAge: 25));

        Assert.True(Eligibility.Allows(Eligibility.Profile(Person(birthYear: 2001)), service));
        Assert.False(Eligibility.Allows(Eligibility.Profile(Person(birthYear: 2000)), service));
    }

    [Fact]
    public void A_placement_full_today_was_completed_when_it_had_a_place_though_the_hub_would_not_offer_it_now()
    {
        var man = Eligibility.Profile(Person());
        var full = Placement(capacity: 4, filled: 4);

        Assert.True(Eligibility.Allows(man, Rules.Offer(full)));
        Assert.Equal(HardRules.Full, HardRules.FirstBroken(man, Rules.Offer(full) with { Full = true }));
        Assert.False(Eligibility.Allows(Eligibility.Profile(Person(risk: RiskLevel.VeryHigh)), Rules.Offer(full)));
        Assert.False(Eligibility.Allows(Eligibility.Profile(Person(flags: [RiskFlag.NoContactChildren])), Rules.Offer(Placement(4, 0, childFacing: true))));
    }

    [Fact]
    public void A_woman_is_mentored_by_a_woman_though_the_hub_would_offer_her_a_man()
    {
        var woman = Eligibility.Profile(Person(Gender.Female));
        var man = Mentor(Gender.Male);

        Assert.False(Eligibility.MayMentor(woman, man, Rules.Listing(man), mentees: 0));
        Assert.Null(HardRules.FirstBroken(woman, CommunityConnector.Offer(Rules.Listing(man))));
        Assert.True(Eligibility.MayMentor(woman, Mentor(Gender.Female), Rules.Listing(Mentor(Gender.Female)), mentees: 0));
    }

    [Fact]
    public void A_mentor_takes_no_more_than_their_capacity_nor_anyone_of_very_high_risk()
    {
        var mentor = Mentor(Gender.Male, capacity: 2);
        var listing = Rules.Listing(mentor);

        Assert.True(Eligibility.MayMentor(Eligibility.Profile(Person()), mentor, listing, mentees: 1));
        Assert.False(Eligibility.MayMentor(Eligibility.Profile(Person()), mentor, listing, mentees: 2));
        Assert.False(Eligibility.MayMentor(Eligibility.Profile(Person(risk: RiskLevel.VeryHigh)), mentor, listing, mentees: 0));
        Assert.False(Eligibility.MayMentor(Eligibility.Profile(Person(languages: ["ku"])), mentor, listing, mentees: 0));
    }
}
