using Rehab.Graph.Client;
using Rehab.Graph.Web.Pages.People;
using Person = Rehab.Graph.Client.PersonPageResult.PersonData;
using SocialCapital = Rehab.Graph.Client.PersonPageResult.ConnectData.SocialCapitalData;

namespace Rehab.Graph.Web.Tests.Presenters.OffenderManager;

public sealed class PersonPresenterTests
{
    private static Person Someone(params Person.ReferralsData.NodesData[] referrals) => new()
    {
        Id = "per-0001",
        DisplayName = "H. Jafari",
        Gender = Gender.Male,
        BirthYear = 2005,
        PostcodeDistrict = "HU6",
        Languages = ["en", "fa"],
        RiskOfHarm = RiskLevel.Medium,
        RiskFlags = ["DOMESTIC_ABUSE_PERPETRATOR"],
        ByAndFor = [],
        ExclusionZoneCount = 2,
        Needs = [new() { Code = "HEALTH", Label = "Physical health", Severity = 2 }, new() { Code = "RELATIONSHIPS", Label = "Relationships", Severity = 3 }],
        Strengths = ["IT", "GARDENING"],
        Referrals = new() { TotalCount = referrals.Length, Nodes = referrals },
    };

    private static readonly SocialCapital Network = new()
    {
        Bonding = [new() { Kind = "FAMILY", Label = "Family member" }],
        Bridging = [new() { Kind = "ORGANISATION", Label = "Clean Slate Recovery Community" }],
        Linking = [],
        BondingCount = 1,
        BridgingCount = 1,
        LinkingCount = 0,
        AntisocialTies = 2,
        NeedsWithoutTies = ["RELATIONSHIPS"],
    };

    [Fact]
    public void The_person_s_needs_come_most_severe_first_with_their_severity_and_risk_flags_and_strengths_in_words()
    {
        var presenter = new PersonPresenter(Someone(), Network);

        Assert.Equal([new NeedRow("Relationships", "High"), new NeedRow("Physical health", "Medium")], presenter.Needs);
        Assert.Equal(new Tag("Medium", "govuk-tag--yellow"), presenter.Risk);
        Assert.Equal(["Domestic abuse perpetrator"], presenter.RiskFlags);
        Assert.Equal(["IT", "Gardening"], presenter.Strengths);
        Assert.Equal(["English", "Persian (Farsi)"], presenter.Details.Single(d => d.Key == "Languages").Values);
    }

    [Fact]
    public void Their_wish_for_services_run_by_and_for_a_community_reads_in_words_or_as_no_preference_with_a_change_link()
    {
        Assert.Equal("No preference", new PersonPresenter(Someone(), Network).ByAndFor);
        var presenter = new PersonPresenter(Someone() with { ByAndFor = ["LGBTQ_PLUS", "WOMEN"] }, Network);

        Assert.Equal("Women, LGBT+", presenter.ByAndFor);
        Assert.Equal("/people/per-0001/by-and-for", presenter.ByAndForHref);
    }

    [Fact]
    public void Their_licence_exclusion_zones_are_counted_with_a_change_link()
    {
        Assert.Equal("2 zones", new PersonPresenter(Someone(), Network).ExclusionZones);
        Assert.Equal("None", new PersonPresenter(Someone() with { ExclusionZoneCount = 0 }, Network).ExclusionZones);
        Assert.Equal("/people/per-0001/exclusion-zones", new PersonPresenter(Someone(), Network).ExclusionZonesHref);
    }

    [Fact]
    public void The_network_shows_each_kind_of_tie_with_its_count_and_the_needs_nothing_in_it_addresses()
    {
        var presenter = new PersonPresenter(Someone(), Network);

        Assert.Equal([("Bonding", 1), ("Bridging", 1), ("Linking", 0)], presenter.Network.Select(g => (g.Name, g.Count)));
        Assert.Equal(["Family member"], presenter.Network[0].Ties);
        Assert.Equal(["Clean Slate Recovery Community (organisation)"], presenter.Network[1].Ties);
        Assert.Equal(["Relationships"], presenter.NeedsWithoutTies);
        Assert.Contains("2 ties are recorded as not prosocial", presenter.AntisocialTies);
    }

    [Fact]
    public void A_referral_row_has_its_status_tag_hours_done_of_ordered_and_why_it_needs_attention()
    {
        var presenter = new PersonPresenter(Someone(new Person.ReferralsData.NodesData
        {
            Id = "ref-1", Status = ReferralStatus.InProgress, Placement = new() { Title = "Garden" }, Organisation = new() { Name = "Parks" },
            HoursOrdered = 40, HoursDone = 7.5, CreatedAt = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), Attention = ["HOURS_BEHIND"],
        }), null);

        var row = Assert.Single(presenter.Referrals);
        Assert.Equal(new Tag("In progress", "govuk-tag--light-blue"), row.Status);
        Assert.Equal("7.5 of 40 hours", row.Hours);
        Assert.Equal(["Hours are behind the order"], row.Attention);
        Assert.Equal("/referrals/ref-1", row.Href);
        Assert.Equal("2 November 2026", row.Made);
        Assert.False(presenter.HasNetwork);
    }
}
