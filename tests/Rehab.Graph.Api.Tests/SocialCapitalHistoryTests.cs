using System.Text.Json.Nodes;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Social capital over time: besides each review, each completed referral adds a snapshot to the person's history,
/// counted as connect and a review count, after the tie the completion makes; with or without a plan.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class SocialCapitalHistoryTests(ReferralArea area)
{
    private const string History = "socialCapitalHistory(personId: \"{0}\") {{ at bonding bridging linking occasion referralId }}";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task A_completed_referral_adds_a_point_counted_after_its_tie_as_connect_counts_now_without_making_a_plan()
    {
        var person = await area.NewPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: a sister", """
            MATCH (p:Person {id: $person})
            CREATE (p)-[:KNOWS {kind: 'FAMILY', prosocial: true}]->(:Person {id: $person + '-sister', displayName: 'Sister'})
            """, new Dictionary<string, object?> { ["person"] = person }));
        var referral = await AcceptedAsync(person, ReferralArea.HousingService, _partner);
        var before = await CountsAsync(person);

        await _partner.DataAsync($"mutation {{ completeReferral(input: {{referralId: \"{referral}\", outcome: \"Housed\"}}) {{ id }} }}");

        var point = Assert.Single(await HistoryAsync(person));
        var now = await CountsAsync(person);
        Assert.Equal("REFERRAL_COMPLETED", point["occasion"]!.GetValue<string>());
        Assert.Equal(referral, point["referralId"]!.GetValue<string>());
        Assert.Equal(now, (point["bonding"]!.GetValue<int>(), point["bridging"]!.GetValue<int>(), point["linking"]!.GetValue<int>()));
        Assert.Equal((1, before.Bridging + 1), (now.Bonding, now.Bridging));
        Assert.Equal(0, (await _om.DataAsync($"{{ plan(personId: \"{person}\") {{ version }} }}"))["plan"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task Reviews_and_completions_make_one_series_oldest_first_for_the_offender_manager_and_the_person()
    {
        var person = await area.NewPersonAsync();
        var referral = await AcceptedAsync(person, ReferralArea.OtherService, area.CreateClient(ReferralArea.OtherPartner));
        var review = (await _om.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{person}\", summary: \"Started at the alcohol service\"}}) {{ socialCapital {{ occasion referralId bridging }} }} }}"))
            ["recordPlanReview"]!["socialCapital"]!;

        await area.CreateClient(ReferralArea.OtherPartner).DataAsync($"mutation {{ completeReferral(input: {{referralId: \"{referral}\", outcome: \"Six weeks sober\"}}) {{ id }} }}");

        var history = await HistoryAsync(person);
        var own = (await area.CreateClient(ReferralArea.PersonOnProbation with { PersonId = person }).DataAsync("{ me { socialCapitalHistory { occasion referralId bridging } } }"))
            ["me"]!["socialCapitalHistory"]!.AsArray();
        Assert.Equal("REVIEW", review["occasion"]!.GetValue<string>());
        Assert.Null(review["referralId"]);
        Assert.Equal(["REVIEW", "REFERRAL_COMPLETED"], history.Select(p => p["occasion"]!.GetValue<string>()));
        Assert.Equal(["REVIEW", "REFERRAL_COMPLETED"], own.Select(p => p!["occasion"]!.GetValue<string>()));
        Assert.Equal(review["bridging"]!.GetValue<int>() + 1, history[1]["bridging"]!.GetValue<int>());
        Assert.Equal(referral, own[1]!["referralId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_completion_that_is_refused_adds_nothing()
    {
        var person = await area.NewPersonAsync();
        var pending = (await _om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}"))
            ["createReferral"]!["id"]!.GetValue<string>();
        var accepted = await AcceptedAsync(person, ReferralArea.OtherService, area.CreateClient(ReferralArea.OtherPartner));

        var tooEarly = await _partner.PostAsync($"mutation {{ completeReferral(input: {{referralId: \"{pending}\", outcome: \"Housed\"}}) {{ id }} }}");
        var notTheirs = await _partner.PostAsync($"mutation {{ completeReferral(input: {{referralId: \"{accepted}\", outcome: \"Done\"}}) {{ id }} }}");

        Assert.Equal("CONFLICT", tooEarly.SingleError().Code);
        Assert.Equal("FORBIDDEN", notTheirs.SingleError().Code);
        Assert.Empty(await HistoryAsync(person));
        Assert.False(await area.TieAsync(person, "ATTENDED", ReferralArea.HousingService));
    }

    private async Task<string> AcceptedAsync(string person, string service, GraphQLClient partner)
    {
        var id = (await _om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", serviceId: \"{service}\"}}) {{ id }} }}"))["createReferral"]!["id"]!.GetValue<string>();
        await partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{id}\"}}) {{ id }} }}");
        return id;
    }

    private async Task<List<JsonNode>> HistoryAsync(string person) =>
        [.. (await _om.DataAsync($"{{ {string.Format(System.Globalization.CultureInfo.InvariantCulture, History, person)} }}"))["socialCapitalHistory"]!.AsArray().Select(p => p!)];

    private async Task<(int Bonding, int Bridging, int Linking)> CountsAsync(string person)
    {
        var counts = (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\"}}) {{ socialCapital {{ bondingCount bridgingCount linkingCount }} }} }}"))["connect"]!["socialCapital"]!;
        return (counts["bondingCount"]!.GetValue<int>(), counts["bridgingCount"]!.GetValue<int>(), counts["linkingCount"]!.GetValue<int>());
    }
}
