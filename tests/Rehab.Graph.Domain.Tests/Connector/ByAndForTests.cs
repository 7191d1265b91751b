using Rehab.Graph.Domain.Connector;
using Rehab.Graph.Domain.Taxonomy;
using static Rehab.Graph.Domain.Tests.Connector.Make;

namespace Rehab.Graph.Domain.Tests.Connector;

/// <summary>Services run by and for a community the person wants come first among those that serve their needs.</summary>
public sealed class ByAndForTests
{
    private static readonly ConnectorProfile NeedsHousing = Person with { Gender = Gender.Female, Needs = [new("ACCOMMODATION", 3)] };

    private static readonly ConnectorProfile WantsWomens = NeedsHousing with { ByAndFor = Set("WOMEN") };

    [Fact]
    public void A_service_by_and_for_a_wanted_community_outranks_a_nearer_general_one_and_says_why()
    {
        // Without the preference the nearer general service comes first (see the next test).
        var general = Service("a-general", 1, "ACCOMMODATION");
        var womens = Service("b-womens", 3, "ACCOMMODATION") with { ByAndFor = ["WOMEN"] };

        var result = Match(Request(WantsWomens), Candidates(services: [general, womens]));

        Assert.Equal(["b-womens", "a-general"], result.Services.Select(s => s.Service.Id));
        Assert.Contains(new Reason("BY_AND_FOR", "Run by and for women"), result.Services[0].Reasons);
        Assert.DoesNotContain(result.Services[1].Reasons, r => r.Code == "BY_AND_FOR");
    }

    [Fact]
    public void Without_a_preference_whom_a_service_is_by_and_for_changes_nothing()
    {
        var general = Service("a-general", 1, "ACCOMMODATION");
        var womens = Service("b-womens", 3, "ACCOMMODATION") with { ByAndFor = ["WOMEN"] };
        var untagged = womens with { ByAndFor = [] };

        var tagged = Match(Request(NeedsHousing), Candidates(services: [general, womens]));
        var plain = Match(Request(NeedsHousing), Candidates(services: [general, untagged]));

        Assert.Equal(["a-general", "b-womens"], tagged.Services.Select(s => s.Service.Id));
        Assert.Equal(plain.Services.Select(s => (s.Service.Id, s.Score, s.Reasons.Count)), tagged.Services.Select(s => (s.Service.Id, s.Score, s.Reasons.Count)));
        Assert.DoesNotContain(tagged.Services.SelectMany(s => s.Reasons), r => r.Code == "BY_AND_FOR");
    }

    [Fact]
    public void A_service_for_another_community_gains_nothing()
    {
        var wantsOlder = NeedsHousing with { ByAndFor = Set("OLDER_PEOPLE") };
        var general = Service("a-general", 1, "ACCOMMODATION");
        var youngAdults = Service("b-young", 1, "ACCOMMODATION") with { ByAndFor = ["YOUNG_ADULTS"] };

        var result = Match(Request(wantsOlder), Candidates(services: [general, youngAdults]));

        Assert.Equal(result.Services[0].Score, result.Services[1].Score);
        Assert.DoesNotContain(result.Services.SelectMany(s => s.Reasons), r => r.Code == "BY_AND_FOR");
    }

    [Fact]
    public void The_preference_never_puts_a_service_for_no_focus_need_above_one_that_meets_it()
    {
        var meetsNeed = Service("a-housing", 8, "ACCOMMODATION");
        var womensOther = Service("b-womens-health", 0, "HEALTH") with { ByAndFor = ["WOMEN"] };

        var result = Match(Request(WantsWomens), Candidates(services: [womensOther, meetsNeed]));

        Assert.Equal(["a-housing", "b-womens-health"], result.Services.Select(s => s.Service.Id));
    }

    [Fact]
    public void The_reason_names_every_wanted_community_the_service_is_by_and_for()
    {
        var person = NeedsHousing with { ByAndFor = Set("WOMEN", "MINORITY_ETHNIC", "OLDER_PEOPLE") };
        var service = Service("svc", 1, "ACCOMMODATION") with { ByAndFor = ["MINORITY_ETHNIC", "WOMEN", "YOUNG_ADULTS"] };

        var match = Assert.Single(Match(Request(person), Candidates(services: [service])).Services);

        Assert.Contains(new Reason("BY_AND_FOR", "Run by and for minority ethnic communities and women"), match.Reasons);
    }

    [Fact]
    public void Online_support_by_and_for_a_wanted_community_says_so_too()
    {
        var online = Service("svc-online", 0, "ACCOMMODATION") with { Online = true, ByAndFor = ["WOMEN"] };

        var match = Assert.Single(Match(Request(WantsWomens), Candidates(online: [online])).Online);

        Assert.Contains(new Reason("BY_AND_FOR", "Run by and for women"), match.Reasons);
    }

    [Fact]
    public void The_weight_is_configurable_and_zero_turns_the_preference_off()
    {
        var general = Service("a-general", 1, "ACCOMMODATION");
        var womens = Service("b-womens", 3, "ACCOMMODATION") with { ByAndFor = ["WOMEN"] };

        var result = Match(Request(WantsWomens), Candidates(services: [general, womens]), new ScoringWeights { ByAndFor = 0 });

        Assert.Equal(["a-general", "b-womens"], result.Services.Select(s => s.Service.Id));
    }
}
