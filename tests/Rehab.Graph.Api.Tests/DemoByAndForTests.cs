using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The demo people's wishes for services run by and for a community (seed/demo-region/people.json) as the hub serves them
/// once loaded: connect honours a woman's wish for women's own services, and need counts break down by who wants what.
/// </summary>
public sealed class DemoByAndForTests(RehabGraphApplication app)
{
    private static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null, "commissioner@test");

    [Fact]
    public async Task A_demo_woman_who_wants_women_s_own_services_is_offered_them_saying_run_by_and_for_women()
    {
        // The first such woman in the file; no test changes her record or refers her.
        var woman = DemoRegion.People.First(p => Text(p, "gender") == "FEMALE" && DemoRegion.Strings(p, "byAndFor").Contains("WOMEN"));
        var offenderManager = new Caller(CallerRole.OffenderManager, Text(woman, "practitionerId"), null);

        var data = await app.CreateClient(offenderManager).DataAsync(
            $"{{ person(id: \"{Text(woman, "id")}\") {{ byAndFor }} connect(input: {{personId: \"{Text(woman, "id")}\", first: 50}}) {{ services {{ service {{ id byAndFor }} reasons {{ code text }} }} }} }}");

        Assert.Equal(DemoRegion.Strings(woman, "byAndFor"), Strings(data["person"]!["byAndFor"]));
        var services = data["connect"]!["services"]!.AsArray();
        var forWomen = services.Where(m => Strings(m!["service"]!["byAndFor"]).Contains("WOMEN")).ToList();
        Assert.NotEmpty(forWomen);
        Assert.All(forWomen, m => Assert.Contains(m!["reasons"]!.AsArray(), r => Text(r!, "code") == "BY_AND_FOR" && Text(r!, "text") == "Run by and for women"));
        Assert.All(services.Except(forWomen), m => Assert.DoesNotContain(m!["reasons"]!.AsArray(), r => Text(r!, "code") == "BY_AND_FOR"));
    }

    [Theory]
    [InlineData("WOMEN")]
    [InlineData("YOUNG_ADULTS")]
    [InlineData("MINORITY_ETHNIC")]
    public async Task Need_counts_for_a_community_count_the_demo_people_who_want_its_services_each_figure_of_1_to_4_withheld(string community)
    {
        var wanting = DemoRegion.People.Where(p => DemoRegion.Strings(p, "byAndFor").Contains(community)).ToList();
        var expected = wanting
            .SelectMany(p => p["needs"]!.AsArray().Select(n => $"{Text(p, "postcodeDistrict")} {Text(n!, "code")}"))
            .CountBy(row => row)
            .Select(row => $"{row.Key} {(row.Value >= 5 ? row.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var data = await app.CreateClient(Commissioner).DataAsync($"{{ needCounts(byAndFor: \"{community}\") {{ area need {{ code }} people }} }}");

        Assert.NotEmpty(wanting);
        Assert.Equal(
            expected,
            data["needCounts"]!.AsArray().Select(r => $"{Text(r!, "area")} {Text(r!["need"]!, "code")} {r!["people"]?.ToJsonString() ?? "null"}").Order(StringComparer.Ordinal));
    }

    private static string Text(JsonNode node, string property) => node[property]!.GetValue<string>();

    private static IReadOnlyList<string> Strings(JsonNode? list) => [.. list!.AsArray().Select(s => s!.GetValue<string>())];
}
