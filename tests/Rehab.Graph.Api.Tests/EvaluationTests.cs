using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;
using static Rehab.Graph.Api.Tests.FundFixtures;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// <c>evaluation</c>: per postcode district and period, what plans, referrals and funds did and how social capital
/// changed, as aggregates only. The people here are the only ones in the referral area living in HU8 or HU9, and they
/// have no assessed needs, so <see cref="NeedCountTests"/> does not see them.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class EvaluationTests(ReferralArea area)
{
    private static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null, "commissioner@test");

    private readonly GraphQLClient _commissioner = area.CreateClient(Commissioner);
    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);

    [Fact]
    public async Task Counts_what_was_done_per_district_and_withholds_what_rests_on_one_to_four_people()
    {
        // HU9: six people, each with a goal met after a spend of 100 pence on it, and two reviews with a new community tie
        // between them. HU8: two people with the same (three when the other test ran first): every figure about them is
        // withheld.
        foreach (var (district, count) in new[] { ("HU9", 6), ("HU8", 2) })
        {
            for (var i = 0; i < count; i++)
            {
                await ActivePersonAsync(district);
            }
        }

        var response = await _commissioner.PostAsync(
            $"{{ evaluation(areas: [\"HU8\", \"hu9\"], from: \"{area.Day(-1)}\", to: \"{area.Day(1)}\") {{ area peopleWithPlans peopleWithGoalsMet goalsMet referralsMade hoursDone fundSpent {{ need {{ code }} pence people }} socialCapital {{ people bonding bridging linking }} }} }}");

        response.AssertNoErrors();
        var rows = response.Data!["evaluation"]!.AsArray();
        Assert.Equal(["HU8", "HU9"], rows.Select(r => r!["area"]!.GetValue<string>()));
        Assert.Equal(
            """{"area":"HU8","peopleWithPlans":null,"peopleWithGoalsMet":null,"goalsMet":null,"referralsMade":0,"hoursDone":0,"fundSpent":[{"need":{"code":"ALCOHOL"},"pence":null,"people":null}],"socialCapital":{"people":null,"bonding":null,"bridging":null,"linking":null}}""",
            rows[0]!.ToJsonString());
        Assert.Equal(
            """{"area":"HU9","peopleWithPlans":6,"peopleWithGoalsMet":6,"goalsMet":6,"referralsMade":0,"hoursDone":0,"fundSpent":[{"need":{"code":"ALCOHOL"},"pence":600,"people":6}],"socialCapital":{"people":6,"bonding":0,"bridging":1,"linking":0}}""",
            rows[1]!.ToJsonString());
        Assert.Equal(1, response.RoundTrips);
        Assert.DoesNotContain("per-", response.Data.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_before_anything_happened_counts_nothing()
    {
        // HU8, whose figures the other test expects withheld whether it holds two people or three: xUnit's order of the
        // tests in a class differs between clones.
        await ActivePersonAsync("HU8");

        var data = await _commissioner.DataAsync("{ evaluation(areas: [\"HU8\"], from: \"2020-01-01\", to: \"2020-12-31\") { area peopleWithGoalsMet goalsMet fundSpent { pence } socialCapital { people } } }");

        Assert.Equal("""[{"area":"HU8","peopleWithGoalsMet":0,"goalsMet":0,"fundSpent":[],"socialCapital":{"people":0}}]""", data["evaluation"]!.ToJsonString());
    }

    [Theory]
    [InlineData("areas: [\"HU99\"], from: \"2026-01-01\", to: \"2026-02-01\"", "BAD_USER_INPUT", "areas")]
    [InlineData("from: \"2026-02-01\", to: \"2026-01-01\"", "BAD_USER_INPUT", "to")]
    [InlineData("from: \"2020-01-01\", to: \"2026-01-01\"", "BAD_USER_INPUT", "to")]
    [InlineData("from: \"2026-13-01\", to: \"2026-01-01\"", "GRAPHQL_VALIDATION_FAILED", null)]
    public async Task Bad_input_is_refused_naming_the_argument(string arguments, string code, string? field)
    {
        var response = await _commissioner.PostAsync($"{{ evaluation({arguments}) {{ area }} }}");

        Assert.Equal(code, response.SingleError().Code);
        if (field is not null)
        {
            Assert.Equal(field, response.SingleError().Field);
        }
    }

    [Fact]
    public async Task An_offender_manager_may_not_read_it()
    {
        var response = await _om.PostAsync("{ evaluation(from: \"2026-01-01\", to: \"2026-02-01\") { area } }");

        Assert.Equal("FORBIDDEN", response.SingleError().Code);
    }

    /// <summary>
    /// A person living in <paramref name="district"/> with no assessed need: a goal for ALCOHOL, 100 pence spent on it,
    /// then achieved; a review, a new community tie (the area's VCSE housing service), and another review.
    /// </summary>
    private async Task ActivePersonAsync(string district)
    {
        var person = await area.NewPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: evaluation person", """
            MATCH (p:Person {id: $id})
            OPTIONAL MATCH (p)-[h:HAS_NEED]->()
            DELETE h
            WITH DISTINCT p
            SET p.postcodeDistrict = $district
            """, new Dictionary<string, object?> { ["id"] = person, ["district"] = district }));
        var goal = (await _om.DataAsync($"mutation {{ addGoal(input: {{personId: \"{person}\", text: \"Stay off the drink\", needs: [\"ALCOHOL\"]}}) {{ id }} }}"))["addGoal"]!["id"]!.GetValue<string>();
        await AllocateAsync(area, person, 1000);
        await SpendAsync(area, person, goal, 100);
        await _om.DataAsync($"mutation {{ setGoalStatus(input: {{goalId: \"{goal}\", status: ACHIEVED}}) {{ id }} }}");
        await _om.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{person}\", summary: \"First\"}}) {{ at }} }}");
        await area.Cypher.RunAsync(new CypherStatement("test: attended", "MATCH (p:Person {id: $person}), (s:Service {id: $service}) CREATE (p)-[:ATTENDED]->(s)",
            new Dictionary<string, object?> { ["person"] = person, ["service"] = ReferralArea.HousingService }));
        await _om.DataAsync($"mutation {{ recordPlanReview(input: {{personId: \"{person}\", summary: \"Second\"}}) {{ at }} }}");
    }
}
