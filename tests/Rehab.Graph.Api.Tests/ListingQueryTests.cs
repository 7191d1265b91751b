using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Geography;

namespace Rehab.Graph.Api.Tests;

public sealed class ListingQueryTests(RehabGraphApplication app)
{
    private static readonly GeoPoint HullCentre = new(53.7446, -0.3352);
    private readonly GraphQLClient _client = app.CreateClient();

    [Fact]
    public async Task Needs_lists_the_whole_taxonomy_with_how_many_services_address_each()
    {
        var data = await _client.DataAsync("{ needs { code label serviceCount } }");

        var needs = data["needs"]!.AsArray();
        Assert.Equal(13, needs.Count);
        foreach (var need in needs)
        {
            var code = need!["code"]!.GetValue<string>();
            Assert.Equal(DemoRegion.Services.Count(s => DemoRegion.Strings(s, "needs").Contains(code)), need["serviceCount"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Every_listing_in_the_demo_region_has_a_fictional_address_and_contact_and_the_police_and_probation_are_organisations()
    {
        var response = await _client.PostAsync(
            "{ organisations(first: 100) { nodes { id kind website address { lines town postcode } contact { email phone url } } } " +
            "  services(first: 100) { totalCount nodes { online address { postcode } contact { email phone } organisation { website } } } " +
            "  placements(first: 100) { nodes { supervisor meetingPoint address { lines postcode } contact { name email phone } } } }");

        // Addresses and contacts are properties of the listings' own nodes: the three lists are still one round trip.
        Assert.Equal(1, response.AssertNoErrors().RoundTrips);
        var data = response.Data!;

        var organisations = data["organisations"]!["nodes"]!.AsArray().Select(o => o!).ToList();
        Assert.Equal(DemoRegion.Organisations.Count, organisations.Count);
        Assert.Equal(["org-0071"], organisations.Where(o => o["kind"]!.GetValue<string>() == "POLICE").Select(o => o["id"]!.GetValue<string>()));
        Assert.Equal(["org-0072"], organisations.Where(o => o["kind"]!.GetValue<string>() == "PROBATION").Select(o => o["id"]!.GetValue<string>()));
        Assert.All(organisations, o =>
        {
            Assert.Matches(@"^HU\d{1,2} \d[A-Z]{2}$", o["address"]!["postcode"]!.GetValue<string>());
            Assert.NotEmpty(o["address"]!["lines"]!.AsArray());
            Assert.EndsWith(".example", o["contact"]!["email"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Matches(@"^01632 960\d{3}$", o["contact"]!["phone"]!.GetValue<string>());
        });
        Assert.All(data["services"]!["nodes"]!.AsArray(), s =>
        {
            Assert.Equal(s!["online"]!.GetValue<bool>(), s["address"] is null);
            Assert.Matches(@"^01632 960\d{3}$", s["contact"]!["phone"]!.GetValue<string>());
            if (s["organisation"]!["website"] is { } website)
            {
                Assert.EndsWith("@" + new Uri(website.GetValue<string>()).Host, s["contact"]!["email"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        });
        Assert.Equal(DemoRegion.Placements.Count, data["placements"]!["nodes"]!.AsArray().Count);
        Assert.All(data["placements"]!["nodes"]!.AsArray(), p =>
        {
            Assert.Equal(p!["supervisor"]!.GetValue<string>(), p["contact"]!["name"]!.GetValue<string>());
            Assert.Matches(@"^07700 900\d{3}$", p["contact"]!["phone"]!.GetValue<string>());
            Assert.NotNull(p["address"]!["postcode"]);
            Assert.False(string.IsNullOrWhiteSpace(p["meetingPoint"]?.GetValue<string>()), $"{p} has no meeting point");
        });
    }

    [Fact]
    public async Task Services_near_a_point_are_those_within_the_radius_nearest_first()
    {
        var data = await _client.DataAsync(
            "query($lat: Float!, $lon: Float!) { services(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 2}, first: 100) { totalCount nodes { id distanceKm location { latitude longitude } } } }",
            new { lat = HullCentre.Latitude, lon = HullCentre.Longitude });

        var nodes = data["services"]!["nodes"]!.AsArray();
        var expected = DemoRegion.Within(DemoRegion.Services, HullCentre, 2);
        Assert.Equal(expected.Count, data["services"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Order(), Ids(nodes).Order());
        var distances = nodes.Select(n => n!["distanceKm"]!.GetValue<double>()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, d => Assert.InRange(d, 0, 2));
    }

    [Fact]
    public async Task A_place_name_or_postcode_district_searches_around_its_centroid()
    {
        var byPlace = await _client.DataAsync("{ services(near: {place: \"orchard park\", radiusKm: 3}, first: 100) { nodes { id } } }");
        var byDistrict = await _client.DataAsync("{ services(near: {place: \"HU6\", radiusKm: 3}, first: 100) { nodes { id } } }");

        Assert.Equal(DemoRegion.Within(DemoRegion.Services, DemoRegion.Place("Orchard Park"), 3).Order(), Ids(byPlace["services"]!["nodes"]!).Order());
        Assert.Equal(DemoRegion.Within(DemoRegion.Services, DemoRegion.Place("HU6"), 3).Order(), Ids(byDistrict["services"]!["nodes"]!).Order());
    }

    [Fact]
    public async Task Services_filter_by_need_women_only_and_text()
    {
        var data = await _client.DataAsync(
            "{ byNeed: services(where: {needs: [\"SEX_WORK\", \"ALCOHOL\"], womenOnly: true}, first: 100) { totalCount nodes { id womenOnly needs { code } } } " +
            "  byText: services(where: {text: \"  HOUSING \"}, first: 100) { totalCount nodes { name description } } " +
            "  online: services(where: {online: true}, first: 100) { totalCount nodes { online location { latitude } } } }");

        var byNeed = DemoRegion.Services.Where(s => s["womenOnly"]!.GetValue<bool>() && DemoRegion.Strings(s, "needs").Intersect(["SEX_WORK", "ALCOHOL"]).Any()).ToList();
        Assert.Equal(byNeed.Count, data["byNeed"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["byNeed"]!["nodes"]!.AsArray(), n => Assert.True(n!["womenOnly"]!.GetValue<bool>()));

        var byText = DemoRegion.Services.Count(s => $"{s["name"]} {s["description"]}".Contains("housing", StringComparison.OrdinalIgnoreCase));
        Assert.True(byText > 0);
        Assert.Equal(byText, data["byText"]!["totalCount"]!.GetValue<int>());

        Assert.Equal(DemoRegion.Services.Count(s => s["online"]!.GetValue<bool>()), data["online"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pages_follow_on_from_the_cursor_without_gaps_or_repeats()
    {
        const string query = "query($after: String) { services(first: 40, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }";
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var services = (await _client.DataAsync(query, new { after }))["services"]!;
            var edges = services["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
            Assert.Equal(DemoRegion.Services.Count, services["totalCount"]!.GetValue<int>());
            Assert.Equal(page > 0, services["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), services["pageInfo"]!["endCursor"]!.GetValue<string>());
            if (!services["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = services["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(DemoRegion.Services.Select(s => s["id"]!.GetValue<string>()).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Organisations_list_their_services_in_the_same_request()
    {
        var response = await _client.PostAsync("{ organisations(where: {kind: \"WOMENS_CENTRE\"}, first: 100) { totalCount nodes { id kind services { id organisation { id } } } } }");

        response.AssertNoErrors();
        var nodes = response.Data!["organisations"]!["nodes"]!.AsArray();
        Assert.Equal(DemoRegion.Organisations.Count(o => o["kind"]!.GetValue<string>() == "WOMENS_CENTRE"), nodes.Count);
        foreach (var organisation in nodes)
        {
            var id = organisation!["id"]!.GetValue<string>();
            var expected = DemoRegion.Services.Where(s => s["organisationId"]!.GetValue<string>() == id).Select(s => s["id"]!.GetValue<string>());
            Assert.Equal(expected.Order(), Ids(organisation["services"]!).Order());
            Assert.All(organisation["services"]!.AsArray(), s => Assert.Equal(id, s!["organisation"]!["id"]!.GetValue<string>()));
        }

        Assert.Equal(2, response.RoundTrips);
    }

    [Theory]
    [InlineData("org-0008")]
    [InlineData("org-0056")]
    public async Task An_organisations_placements_and_mentors_are_those_it_hosts_and_its_volunteers_near_or_not(string id)
    {
        var data = await _client.DataAsync(
            "query($id: ID!, $place: String!) { placements(where: {organisationId: $id}, first: 100) { totalCount nodes { id organisation { id } } } " +
            "  mentors(where: {organisationId: $id}, first: 100) { totalCount nodes { id } } " +
            "  nearPlacements: placements(where: {organisationId: $id}, near: {place: $place, radiusKm: 50}, first: 100) { nodes { id } } " +
            "  nearMentors: mentors(where: {organisationId: $id}, near: {place: $place, radiusKm: 50}, first: 100) { nodes { id } } }",
            new { id, place = "City Centre" });

        var placements = DemoRegion.Placements.Where(p => p["organisationId"]!.GetValue<string>() == id).Select(p => p["id"]!.GetValue<string>()).Order().ToList();
        var mentors = DemoRegion.Mentors.Where(m => DemoRegion.Strings(m, "organisationIds").Contains(id)).Select(m => m["id"]!.GetValue<string>()).Order().ToList();
        Assert.NotEmpty(placements);
        Assert.Equal(placements, Ids(data["placements"]!["nodes"]!).Order());
        Assert.Equal(placements.Count, data["placements"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(mentors, Ids(data["mentors"]!["nodes"]!).Order());
        Assert.Subset(placements.ToHashSet(), Ids(data["nearPlacements"]!["nodes"]!).ToHashSet());
        Assert.Subset(mentors.ToHashSet(), Ids(data["nearMentors"]!["nodes"]!).ToHashSet());
        Assert.NotEmpty(data["nearPlacements"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task Placements_show_space_and_the_next_session_a_newcomer_could_join()
    {
        var data = await _client.DataAsync(
            "{ full: placements(where: {hasSpace: false}, first: 100) { totalCount nodes { capacity filled earliestStart } } " +
            "  open: placements(where: {hasSpace: true, kind: \"IMMEDIATE_JUSTICE\"}, first: 100) { totalCount nodes { kind capacity filled sessions earliestStart maxRiskOfHarm } } }");

        var full = data["full"]!["nodes"]!.AsArray();
        Assert.Equal(DemoRegion.Placements.Count(p => p["filled"]!.GetValue<int>() >= p["capacity"]!.GetValue<int>()), full.Count);
        Assert.All(full, p => Assert.Null(p!["earliestStart"]));

        var open = data["open"]!["nodes"]!.AsArray();
        Assert.NotEmpty(open);
        foreach (var placement in open)
        {
            Assert.True(placement!["filled"]!.GetValue<int>() < placement["capacity"]!.GetValue<int>());
            var start = DateTimeOffset.Parse(placement["earliestStart"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(start, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(7));
        }
    }

    [Fact]
    public async Task Mentors_filter_by_gender_language_and_lived_experience()
    {
        var data = await _client.DataAsync(
            "{ mentors(where: {gender: FEMALE, livedExperience: [\"ABUSE_DOMESTIC_VIOLENCE\"]}, first: 100) { totalCount nodes { gender livedExperience { code } spareCapacity capacity organisations { id } } } " +
            "  polish: mentors(where: {language: \"pl\"}, near: {place: \"City Centre\", radiusKm: 50}, first: 100) { totalCount nodes { languages distanceKm } } }");

        var expected = DemoRegion.Mentors.Count(m => m["gender"]!.GetValue<string>() == "FEMALE" && DemoRegion.Strings(m, "livedExperience").Contains("ABUSE_DOMESTIC_VIOLENCE"));
        Assert.Equal(expected, data["mentors"]!["totalCount"]!.GetValue<int>());
        Assert.All(data["mentors"]!["nodes"]!.AsArray(), m => Assert.InRange(m!["spareCapacity"]!.GetValue<int>(), 0, m["capacity"]!.GetValue<int>()));
        Assert.Equal(DemoRegion.Mentors.Count(m => DemoRegion.Strings(m, "languages").Contains("pl")), data["polish"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Node_fetches_any_listing_by_id_and_nothing_that_is_not_public()
    {
        var data = await _client.DataAsync(
            "{ s: node(id: \"svc-0001\") { id ... on Service { name } } o: node(id: \"org-0001\") { id ... on Organisation { name } } " +
            "  p: node(id: \"plc-0001\") { id ... on Placement { title } } m: node(id: \"mnt-0001\") { id ... on Mentor { displayName } } " +
            "  missing: node(id: \"svc-9999\") { id } person: node(id: \"per-0001\") { id } junk: node(id: \"x\") { id } }");

        Assert.Equal(DemoRegion.Services.Single(s => s["id"]!.GetValue<string>() == "svc-0001")["name"]!.GetValue<string>(), data["s"]!["name"]!.GetValue<string>());
        Assert.Equal("org-0001", data["o"]!["id"]!.GetValue<string>());
        Assert.NotNull(data["p"]!["title"]);
        Assert.NotNull(data["m"]!["displayName"]);
        Assert.Null(data["missing"]);
        Assert.Null(data["person"]);
        Assert.Null(data["junk"]);
    }

    [Fact]
    public async Task A_directory_query_costs_at_most_two_round_trips_whatever_it_selects()
    {
        var response = await _client.PostAsync(
            "{ services(near: {place: \"Bransholme\", radiusKm: 10}, first: 50) { totalCount nodes { id name description distanceKm location { latitude } " +
            "    needs { code label serviceCount } organisation { id name services { id needs { serviceCount } } } } } " +
            "  placements(first: 50) { nodes { organisation { services { name } } } } mentors(first: 50) { nodes { organisations { name } livedExperience { serviceCount } } } " +
            "  needs { code } node(id: \"svc-0002\") { id } }");

        response.AssertNoErrors();
        Assert.Equal(2, response.RoundTrips);
    }

    private static IEnumerable<string> Ids(JsonNode nodes) => nodes.AsArray().Select(n => n!["id"]!.GetValue<string>());
}
