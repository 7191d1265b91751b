using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Services by and for particular groups, end to end: a partner says whom a service is by and for, connect prefers it for a
/// person who wants that community's services and says why, and provision gaps and need counts break down by community.
/// A connector area of its own, since these tests add services and people to it.
/// </summary>
public sealed class ByAndForTests(ConnectorArea area) : IClassFixture<ConnectorArea>
{
    private static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null, "commissioner@test");
    private static readonly Caller Admin = new(CallerRole.Admin, null, null, "admin@test");

    private readonly GraphQLClient _partner = area.CreateClient(new Caller(CallerRole.Partner, null, area.Id("org", "trust")));
    private readonly GraphQLClient _offenderManager = area.CreateClient(area.OffenderManager);
    private readonly GraphQLClient _commissioner = area.CreateClient(Commissioner);
    private readonly GraphQLClient _anonymous = area.CreateClient();

    private string Person => area.Id("per", "client");

    [Fact]
    public async Task A_partner_says_whom_a_service_is_by_and_for_and_changes_it_at_the_version_it_read()
    {
        var created = (await UpsertAsync("Cumbria Women's Housing Forum", ["WOMEN", "MINORITY_ETHNIC", "WOMEN"], kmNorth: 5))["upsertService"]!;
        var id = created["id"]!.GetValue<string>();

        Assert.Equal(["MINORITY_ETHNIC", "WOMEN"], Strings(created["byAndFor"]));
        Assert.Equal(1, created["version"]!.GetValue<int>());

        var changed = (await UpsertAsync("Cumbria Women's Housing Forum", ["WOMEN"], kmNorth: 5, id: id, version: 1))["upsertService"]!;
        Assert.Equal(2, changed["version"]!.GetValue<int>());
        var read = await _anonymous.DataAsync($"{{ node(id: \"{id}\") {{ ... on Service {{ byAndFor version }} }} }}");
        Assert.Equal(["WOMEN"], Strings(read["node"]!["byAndFor"]));

        var trail = await area.CreateClient(Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}, first: 5) {{ nodes {{ action before after }} }} }}");
        var latest = trail["auditTrail"]!["nodes"]!.AsArray()
            .Single(e => e!["before"] is not null && e["after"]!.GetValue<string>().Contains("\"version\":2", StringComparison.Ordinal))!;
        Assert.Equal("SERVICE_UPSERTED", latest["action"]!.GetValue<string>());
        Assert.Contains("MINORITY_ETHNIC", latest["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("MINORITY_ETHNIC", latest["after"]!.GetValue<string>(), StringComparison.Ordinal);

        // A whole-listing upsert that leaves byAndFor out says the service is open to all alike.
        var cleared = (await UpsertAsync("Cumbria Women's Housing Forum", null, kmNorth: 5, id: id, version: 2))["upsertService"]!;
        Assert.Empty(Strings(cleared["byAndFor"]));
    }

    [Fact]
    public async Task The_directory_lists_the_services_by_and_for_any_community_asked_for()
    {
        var forum = (await UpsertAsync("Eden Minority Ethnic Advice", ["MINORITY_ETHNIC"], kmNorth: 6))["upsertService"]!["id"]!.GetValue<string>();
        var lgbt = (await UpsertAsync("Eden LGBT+ Housing", ["LGBTQ_PLUS"], kmNorth: 6.5))["upsertService"]!["id"]!.GetValue<string>();
        var organisation = area.Id("org", "trust");

        var minority = await _anonymous.DataAsync($"{{ services(where: {{organisationId: \"{organisation}\", byAndFor: [\"MINORITY_ETHNIC\"]}}, first: 100) {{ nodes {{ id byAndFor }} }} }}");
        var either = await _anonymous.DataAsync($"{{ services(where: {{organisationId: \"{organisation}\", byAndFor: [\"MINORITY_ETHNIC\", \"LGBTQ_PLUS\"]}}, first: 100) {{ nodes {{ id }} }} }}");
        var all = await _anonymous.DataAsync($"{{ services(where: {{organisationId: \"{organisation}\"}}, first: 100) {{ totalCount }} }}");
        var near = await _anonymous.DataAsync(
            $"{{ services(where: {{byAndFor: [\"LGBTQ_PLUS\"]}}, near: {{point: {{latitude: {ConnectorArea.Lat}, longitude: {ConnectorArea.Lon}}}, radiusKm: 20}}) {{ nodes {{ id }} }} }}");

        var minorityIds = Ids(minority["services"]!);
        Assert.Contains(forum, minorityIds);
        Assert.DoesNotContain(lgbt, minorityIds);
        Assert.All(minority["services"]!["nodes"]!.AsArray(), s => Assert.Contains("MINORITY_ETHNIC", Strings(s!["byAndFor"])));
        Assert.Contains(forum, Ids(either["services"]!));
        Assert.Contains(lgbt, Ids(either["services"]!));
        Assert.True(all["services"]!["totalCount"]!.GetValue<int>() > Ids(either["services"]!).Count);
        Assert.Equal([lgbt], Ids(near["services"]!));
    }

    [Fact]
    public async Task Connect_prefers_a_service_by_and_for_a_community_an_ad_hoc_profile_wants_and_says_why()
    {
        // Two kilometres out, farther than every general housing service of the area: without the wish it comes after them.
        var centre = (await UpsertAsync("Fellside Women's Centre Housing", ["WOMEN"], kmNorth: 2))["upsertService"]!["id"]!.GetValue<string>();
        const string Profile = "home: {latitude: 54.45, longitude: -3.05}, gender: FEMALE, age: 30, needs: [\"ACCOMMODATION\"]";

        var wanting = await ConnectAsync($"profile: {{{Profile}, byAndFor: [\"WOMEN\"]}}");
        var notWanting = await ConnectAsync($"profile: {{{Profile}}}");

        Assert.Equal(centre, wanting[0]!["service"]!["id"]!.GetValue<string>());
        Assert.Contains(("BY_AND_FOR", "Run by and for women"), Reasons(wanting[0]));
        Assert.NotEqual(centre, notWanting[0]!["service"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain(notWanting.SelectMany(Reasons), r => r.Code == "BY_AND_FOR");
        var withoutWish = notWanting.Single(m => m!["service"]!["id"]!.GetValue<string>() == centre)!;
        Assert.True(wanting[0]!["score"]!.GetValue<double>() > withoutWish["score"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_stored_person_wants_a_community_s_services_through_updatePerson_and_connect_prefers_them()
    {
        var forum = (await UpsertAsync("Keswick Minority Ethnic Housing Forum", ["MINORITY_ETHNIC"], kmNorth: 1.5))["upsertService"]!["id"]!.GetValue<string>();
        var before = await ConnectAsync($"personId: \"{Person}\"");
        var version = (await _offenderManager.DataAsync($"{{ person(id: \"{Person}\") {{ version byAndFor }} }}"))["person"]!;
        Assert.Empty(Strings(version["byAndFor"]));

        var updated = (await _offenderManager.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{Person}\", version: {version["version"]}, byAndFor: [\"MINORITY_ETHNIC\"]}}) {{ byAndFor version }} }}"))["updatePerson"]!;
        var after = await ConnectAsync($"personId: \"{Person}\"");

        Assert.Equal(["MINORITY_ETHNIC"], Strings(updated["byAndFor"]));
        Assert.NotEqual(forum, before[0]!["service"]!["id"]!.GetValue<string>());
        Assert.Equal(forum, after[0]!["service"]!["id"]!.GetValue<string>());
        Assert.Contains(("BY_AND_FOR", "Run by and for minority ethnic communities"), Reasons(after[0]));

        // [] says they want no community's own services: the ranking is today's again.
        await _offenderManager.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{Person}\", version: {updated["version"]}, byAndFor: []}}) {{ byAndFor }} }}");
        var cleared = await ConnectAsync($"personId: \"{Person}\"");
        Assert.Equal(before.Select(m => m!["service"]!["id"]!.GetValue<string>()), cleared.Select(m => m!["service"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Provision_gaps_by_community_count_only_the_services_by_and_for_it()
    {
        await UpsertAsync("Penrith Young Adults Housing", ["YOUNG_ADULTS"], kmNorth: 3);
        const string Near = "near: {point: {latitude: 54.45, longitude: -3.05}, radiusKm: 10}, needs: [\"ACCOMMODATION\"]";

        var everyone = await _commissioner.DataAsync($"{{ provisionGaps({Near}) {{ servicesWithinRadius nearestKm }} }}");
        var youngAdults = await _commissioner.DataAsync($"{{ provisionGaps({Near}, byAndFor: \"YOUNG_ADULTS\") {{ servicesWithinRadius nearestKm }} }}");
        var older = await _commissioner.DataAsync($"{{ provisionGaps({Near}, byAndFor: \"OLDER_PEOPLE\") {{ servicesWithinRadius nearestKm }} }}");

        Assert.True(everyone["provisionGaps"]![0]!["servicesWithinRadius"]!.GetValue<int>() >= 8);
        Assert.Equal(1, youngAdults["provisionGaps"]![0]!["servicesWithinRadius"]!.GetValue<int>());
        Assert.Equal(3.0, youngAdults["provisionGaps"]![0]!["nearestKm"]!.GetValue<double>(), 0.1);
        Assert.Equal(0, older["provisionGaps"]![0]!["servicesWithinRadius"]!.GetValue<int>());
        Assert.Null(older["provisionGaps"]![0]!["nearestKm"]);
    }

    [Fact]
    public async Task Need_counts_by_community_count_only_the_people_who_want_its_services_withholding_small_counts_alike()
    {
        // HU19: six people want women's own services, two minority ethnic communities' and three no community's.
        var people = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            people.Add(await PersonInHu19Async(i));
        }

        for (var i = 0; i < 8; i++)
        {
            var community = i < 6 ? "WOMEN" : "MINORITY_ETHNIC";
            await _offenderManager.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{people[i]}\", version: 0, byAndFor: [\"{community}\"]}}) {{ id }} }}");
        }

        Assert.Equal(["HU19 ACCOMMODATION 11 11"], await NeedCountsAsync(""));
        Assert.Equal(["HU19 ACCOMMODATION 6 6"], await NeedCountsAsync(", byAndFor: \"WOMEN\""));
        Assert.Equal(["HU19 ACCOMMODATION null null"], await NeedCountsAsync(", byAndFor: \"MINORITY_ETHNIC\""));
        Assert.Empty(await NeedCountsAsync(", byAndFor: \"LGBTQ_PLUS\""));
    }

    [Theory]
    [InlineData("upsertService", "input.byAndFor")]
    [InlineData("services", "where.byAndFor")]
    [InlineData("connect", "input.profile.byAndFor")]
    [InlineData("updatePerson", "input.byAndFor")]
    [InlineData("provisionGaps", "byAndFor")]
    [InlineData("needCounts", "byAndFor")]
    [InlineData("services with a null", "where.byAndFor")]
    public async Task An_unknown_community_gets_BAD_USER_INPUT_naming_the_argument(string field, string argument)
    {
        var (client, query) = field switch
        {
            "upsertService" => (_partner, $"mutation {{ upsertService(input: {{organisationId: \"{area.Id("org", "trust")}\", name: \"X\", needs: [\"ACCOMMODATION\"], location: {{latitude: 54.45, longitude: -3.05}}, byAndFor: [\"WOMEN\", \"MEN\"]}}) {{ id }} }}"),
            "services" => (_anonymous, "{ services(where: {byAndFor: [\"women\"]}) { totalCount } }"),
            "services with a null" => (_anonymous, "{ services(where: {byAndFor: [\"WOMEN\", null]}) { totalCount } }"),
            "connect" => (_offenderManager, "{ connect(input: {profile: {home: {latitude: 54.45, longitude: -3.05}, gender: MALE, byAndFor: [\"MEN\"]}}) { services { score } } }"),
            "updatePerson" => (_offenderManager, $"mutation {{ updatePerson(input: {{personId: \"{Person}\", version: 0, byAndFor: [\"EVERYONE\"]}}) {{ id }} }}"),
            "provisionGaps" => (_commissioner, "{ provisionGaps(near: {point: {latitude: 54.45, longitude: -3.05}, radiusKm: 10}, byAndFor: \"MEN\") { servicesWithinRadius } }"),
            _ => (_commissioner, "{ needCounts(byAndFor: \"Women\") { people } }"),
        };

        var response = await client.PostAsync(query);

        Assert.Equal(("BAD_USER_INPUT", argument), response.SingleError());
        Assert.Contains("LGBTQ_PLUS", response.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private Task<JsonNode> UpsertAsync(string name, string[]? byAndFor, double kmNorth, string? id = null, int? version = null)
    {
        var target = id is null ? "" : $"id: \"{id}\", version: {version}, ";
        var communities = byAndFor is null ? "" : $", byAndFor: [{string.Join(", ", byAndFor.Select(c => $"\"{c}\""))}]";
        var latitude = ConnectorArea.Lat + kmNorth / 111.2;
        return _partner.DataAsync(
            $"mutation {{ upsertService(input: {{{target}organisationId: \"{area.Id("org", "trust")}\", name: \"{name}\", needs: [\"ACCOMMODATION\"], " +
            $"location: {{latitude: {latitude.ToString(System.Globalization.CultureInfo.InvariantCulture)}, longitude: {ConnectorArea.Lon}}}{communities}}}) {{ id version byAndFor }} }}");
    }

    private async Task<JsonArray> ConnectAsync(string who) =>
        (await _offenderManager.DataAsync($"{{ connect(input: {{{who}, first: 50}}) {{ services {{ service {{ id }} score reasons {{ code text }} }} }} }}"))["connect"]!["services"]!.AsArray();

    private async Task<string> PersonInHu19Async(int i)
    {
        var id = area.Id("per", $"hu19-{i}");
        var cypher = await area.CreateCypherClientAsync();
        await cypher.RunAsync(new CypherStatement("test: a person in HU19", """
            MATCH (pr:Practitioner {id: $practitioner}), (housing:Need {code: 'ACCOMMODATION'})
            CREATE (pr)-[:SUPERVISES]->(p:Person {id: $id, displayName: 'Person ' + $id, gender: 'FEMALE', birthYear: 1990, homeLat: $lat, homeLon: $lon,
                    postcodeDistrict: 'HU19', languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            CREATE (p)-[:HAS_NEED {severity: 2}]->(housing)
            """, new Dictionary<string, object?> { ["practitioner"] = area.Id("prc", "om"), ["id"] = id, ["lat"] = ConnectorArea.Lat, ["lon"] = ConnectorArea.Lon }));
        return id;
    }

    private async Task<IReadOnlyList<string>> NeedCountsAsync(string byAndFor) =>
        [.. (await _commissioner.DataAsync($"{{ needCounts(areas: [\"HU19\"]{byAndFor}) {{ area need {{ code }} people unmet }} }}"))["needCounts"]!.AsArray()
            .Select(r => $"{r!["area"]} {r["need"]!["code"]} {r["people"]?.ToJsonString() ?? "null"} {r["unmet"]?.ToJsonString() ?? "null"}")];

    private static IReadOnlyList<(string Code, string Text)> Reasons(JsonNode? match) =>
        [.. match!["reasons"]!.AsArray().Select(r => (r!["code"]!.GetValue<string>(), r["text"]!.GetValue<string>()))];

    private static IReadOnlyList<string> Strings(JsonNode? list) => [.. list!.AsArray().Select(s => s!.GetValue<string>())];

    private static IReadOnlyList<string> Ids(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
