using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The demo region's plans and funds (seed/demo-region/plans.json and funds.json) as the hub serves them once loaded:
/// the showcase, B. Hussain (per-0095), reads back in full through <c>plan</c>, <c>fund</c> and <c>socialCapitalHistory</c>,
/// and every plan's last review counts what <c>connect</c> and <c>recordPlanReview</c> count today.
/// </summary>
public sealed class DemoPlanTests(RehabGraphApplication app)
{
    private const string Showcase = "per-0095";
    private static readonly Caller AishaRahman = new(CallerRole.OffenderManager, "prc-07", null);

    private static readonly IReadOnlyList<JsonObject> Plans = Read("plans");
    private static readonly IReadOnlyList<JsonObject> Funds = Read("funds");

    [Fact]
    public async Task The_showcase_plan_reads_back_as_seeded_goals_steps_comments_and_reviews()
    {
        var seeded = Plans.Single(p => Id(p, "personId") == Showcase);

        var data = await app.CreateClient(AishaRahman).DataAsync(
            $"{{ plan(personId: \"{Showcase}\") {{ id version goals {{ id text status proposedBy needs {{ code }} steps {{ id status supporterKind supporter {{ id }} comments {{ authorRole }} }} }} "
            + $"reviews {{ id personRating summary socialCapital {{ bonding bridging linking }} }} }} socialCapitalHistory(personId: \"{Showcase}\") {{ bonding bridging linking }} }}");

        var plan = data["plan"]!;
        Assert.Equal($"pln-{Showcase}", Id(plan, "id"));
        Assert.Equal(seeded["version"]!.GetValue<int>(), plan["version"]!.GetValue<int>());
        Assert.Equal(Shape(seeded["goals"]!, "status", "proposedBy", "text"), Shape(plan["goals"]!, "status", "proposedBy", "text"));
        Assert.Equal(["ACTIVE", "ACHIEVED", "PROPOSED"], plan["goals"]!.AsArray().Select(g => Id(g!, "status")));
        Assert.Equal(
            seeded["goals"]!.AsArray().SelectMany(g => g!["steps"]!.AsArray()).Select(s => $"{Id(s!, "id")} {Id(s!, "status")} {s!["supporterId"]} {s["comments"]!.AsArray().Count}"),
            plan["goals"]!.AsArray().SelectMany(g => g!["steps"]!.AsArray()).Select(s => $"{Id(s!, "id")} {Id(s!, "status")} {s!["supporter"]?["id"]} {s["comments"]!.AsArray().Count}"));
        var seededCapital = seeded["reviews"]!.AsArray().Select(r => Capital(r!["socialCapital"]!)).ToList();
        Assert.Equal(seededCapital, plan["reviews"]!.AsArray().Select(r => Capital(r!["socialCapital"]!)));
        Assert.Equal(seededCapital, data["socialCapitalHistory"]!.AsArray().Select(s => Capital(s!)));
        Assert.True(seededCapital.Count >= 4, $"the showcase has {seededCapital.Count} reviews");
        Assert.True(seededCapital[^1].Bridging > seededCapital[0].Bridging, "the showcase's ties grow as its steps are done");
    }

    [Fact]
    public async Task The_showcase_fund_is_held_by_her_womens_centre_and_its_statement_reads_back()
    {
        var seeded = Funds.Single(f => Id(f, "personId") == Showcase);
        const string Query = $"{{ fund(personId: \"{Showcase}\") {{ holder balancePence entries {{ id kind amountPence approvedBy goalId refundOf }} }} }}";

        var byOffenderManager = (await app.CreateClient(AishaRahman).DataAsync(Query))["fund"]!;
        var byCentre = (await app.CreateClient(new Caller(CallerRole.Partner, null, Id(seeded, "holder"))).DataAsync(Query))["fund"]!;

        Assert.Equal(("ORGANISATION", "org-0014"), (Id(seeded, "holderKind"), Id(byOffenderManager, "holder")));
        Assert.Equal(seeded["balancePence"]!.GetValue<int>(), byOffenderManager["balancePence"]!.GetValue<int>());
        Assert.Equal(
            seeded["entries"]!.AsArray().Select(e => $"{e!["id"]} {e["kind"]} {e["amountPence"]} {e["approvedBy"]} {e["goalId"]} {e["refundOf"]}"),
            byOffenderManager["entries"]!.AsArray().Select(e => $"{e!["id"]} {e["kind"]} {e["amountPence"]} {e["approvedBy"]} {e["goalId"]} {e["refundOf"]}"));
        Assert.Contains(byOffenderManager["entries"]!.AsArray(), e => Id(e!, "kind") == "REFUND");
        Assert.Equal(byOffenderManager.ToJsonString(), byCentre.ToJsonString());
    }

    [Fact]
    public async Task Every_plans_last_review_counts_what_connect_counts_today()
    {
        var people = DemoRegion.People.ToDictionary(p => Id(p, "id"));
        var differences = new List<string>();
        foreach (var plan in Plans.Where(p => p["reviews"]!.AsArray().Count > 0))
        {
            var personId = Id(plan, "personId");
            var offenderManager = new Caller(CallerRole.OffenderManager, Id(people[personId], "practitionerId"), null);
            var capital = (await app.CreateClient(offenderManager).DataAsync(
                $"{{ connect(input: {{personId: \"{personId}\", first: 1}}) {{ socialCapital {{ bonding {{ kind }} bridging {{ kind }} linking {{ kind }} }} }} }}"))["connect"]!["socialCapital"]!;
            var today = (capital["bonding"]!.AsArray().Count, capital["bridging"]!.AsArray().Count, capital["linking"]!.AsArray().Count);
            var last = Capital(plan["reviews"]!.AsArray()[^1]!["socialCapital"]!);
            if (today != last)
            {
                differences.Add($"{personId}: last review {last}, connect {today}");
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public async Task A_review_recorded_today_counts_what_the_last_seeded_review_counted()
    {
        // A plan holder no other test reads, whose plan this review extends.
        var plan = Plans.Last(p => Id(p, "personId") != Showcase && p["reviews"]!.AsArray().Count > 0);
        var personId = Id(plan, "personId");
        var offenderManager = new Caller(CallerRole.OffenderManager, Id(DemoRegion.People.Single(p => Id(p, "id") == personId), "practitionerId"), null);

        var review = (await app.CreateClient(offenderManager).DataAsync(
            $"mutation {{ recordPlanReview(input: {{personId: \"{personId}\", summary: \"Checked against the seed\"}}) {{ socialCapital {{ bonding bridging linking }} }} }}"))["recordPlanReview"]!;

        Assert.Equal(Capital(plan["reviews"]!.AsArray()[^1]!["socialCapital"]!), Capital(review["socialCapital"]!));
    }

    private static (int Bonding, int Bridging, int Linking) Capital(JsonNode snapshot) =>
        (snapshot["bonding"]!.GetValue<int>(), snapshot["bridging"]!.GetValue<int>(), snapshot["linking"]!.GetValue<int>());

    private static List<string> Shape(JsonNode goals, params string[] fields) =>
        [.. goals.AsArray().Select(g => string.Join(" | ", fields.Select(f => g![f]!.GetValue<string>())))];

    private static string Id(JsonNode node, string property) => node[property]!.GetValue<string>();

    private static IReadOnlyList<JsonObject> Read(string name) =>
        [.. JsonNode.Parse(File.ReadAllText(RepositoryPaths.Combine("seed", "demo-region", name + ".json")))!.AsArray().Select(n => n!.AsObject())];
}
