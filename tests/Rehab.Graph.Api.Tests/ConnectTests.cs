using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>The community connector end to end: every hard rule on the real graph, through GraphQL over HTTP.</summary>
public sealed class ConnectTests(ConnectorArea area) : IClassFixture<ConnectorArea>
{
    private const string Selection = """
        services { service { id } distanceKm score reasons { code text } bridges { text hops } }
        online { service { id } distanceKm reasons { code } }
        placements { placement { id } availableSlots earliestStart canStartWithin48h reasons { code text } bridges { text hops } }
        mentors { mentor { id } reasons { code text } }
        excluded { id name rule detail }
        socialCapital { bondingCount bridgingCount linkingCount antisocialTies needsWithoutTies bonding { kind label } bridging { kind label } linking { kind label } }
        """;

    private readonly GraphQLClient _client = area.CreateClient();
    private readonly GraphQLClient _commissioner = area.CreateClient(new Caller(CallerRole.Commissioner, null, null));
    private readonly GraphQLClient _offenderManager = area.CreateClient(area.OffenderManager);

    [Fact]
    public async Task A_stored_person_gets_suitable_nearby_items_and_every_rule_excludes_its_case()
    {
        var response = await ConnectPersonAsync();

        var result = response.Data!["connect"]!;
        Assert.Equal(
            new Dictionary<string, string>
            {
                [area.Id("svc", "women")] = "WOMEN_ONLY",
                [area.Id("svc", "age")] = "AGE",
                [area.Id("svc", "flag")] = "RISK_FLAG",
                [area.Id("svc", "language")] = "LANGUAGE",
                [area.Id("plc", "child")] = "RISK_FLAG",
                [area.Id("plc", "risk")] = "RISK_LEVEL",
                [area.Id("plc", "full")] = "FULL",
                [area.Id("plc", "women")] = "WOMEN_ONLY",
                [area.Id("mnt", "busy")] = "FULL",
            },
            Excluded(result).Where(e => e.Key.Contains(area.Tag, StringComparison.Ordinal)).ToDictionary());
        Assert.Equal(
            new[] { area.Id("svc", "ok"), area.Id("svc", "zone"), area.Id("svc", "near"), area.Id("svc", "alcohol") }.Order(),
            Ours(Ids(result["services"]!, "service")).Order());
        Assert.Equal([area.Id("plc", "ok")], Ours(Ids(result["placements"]!, "placement")));
        Assert.Equal([area.Id("mnt", "sam")], Ours(Ids(result["mentors"]!, "mentor")));
        Assert.Equal(1, response.RoundTrips);
    }

    [Fact]
    public async Task Nothing_outside_the_radius_is_offered_or_listed_as_excluded()
    {
        var response = await ConnectPersonAsync();

        Assert.DoesNotContain(area.Id("svc", "far"), response.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_are_explained_and_bridges_follow_only_prosocial_ties_without_naming_people()
    {
        var result = (await ConnectPersonAsync()).Data!["connect"]!;

        var ok = Match(result["services"]!, "service", area.Id("svc", "ok"));
        Assert.Contains(Texts(ok["reasons"]!), t => t.StartsWith("Addresses accommodation", StringComparison.Ordinal));
        Assert.Contains(Texts(ok["bridges"]!), t => t == "Their mentor Sam Test volunteers at Cumbria Test Trust");
        Assert.Contains(Texts(ok["bridges"]!), t => t == "A friend used this service");
        Assert.Contains(Texts(ok["bridges"]!), t => t == "Eden Recovery Hub, which they use, partners with Cumbria Test Trust");
        Assert.All(ok["bridges"]!.AsArray(), b => Assert.InRange(b!["hops"]!.GetValue<int>(), 1, 3));
        var near = Match(result["services"]!, "service", area.Id("svc", "near"));
        Assert.DoesNotContain(Texts(near["bridges"]!), t => t.Contains("used this service", StringComparison.Ordinal));
        Assert.DoesNotContain("Secret", result.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(area.Id("per", "friend"), result.ToJsonString(), StringComparison.Ordinal);

        var placement = Match(result["placements"]!, "placement", area.Id("plc", "ok"));
        Assert.Equal(4, placement["availableSlots"]!.GetValue<int>());
        Assert.True(placement["canStartWithin48h"]!.GetValue<bool>());
        Assert.Contains(Texts(placement["reasons"]!), t => t == "Uses their cooking skills");
        Assert.Contains(Texts(placement["reasons"]!), t => t.StartsWith("4 places left, next session", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Social_capital_counts_bonding_bridging_and_linking_ties_and_the_needs_nothing_covers()
    {
        var capital = (await ConnectPersonAsync()).Data!["connect"]!["socialCapital"]!;

        Assert.Equal(1, capital["bondingCount"]!.GetValue<int>());
        Assert.Equal("Friend", capital["bonding"]![0]!["label"]!.GetValue<string>());
        Assert.Equal(1, capital["antisocialTies"]!.GetValue<int>());
        Assert.Contains(capital["bridging"]!.AsArray(), t => t!["label"]!.GetValue<string>() == "Sam Test");
        Assert.Contains(capital["linking"]!.AsArray(), t => t!["label"]!.GetValue<string>() == "Eden Recovery Hub");
        Assert.Empty(capital["needsWithoutTies"]!.AsArray());
    }

    [Fact]
    public async Task Online_support_is_matched_by_need_whatever_the_distance()
    {
        var result = (await ConnectPersonAsync()).Data!["connect"]!;

        var eden = Match(result["online"]!, "service", area.Id("svc", "eden"));
        Assert.Equal(0, eden["distanceKm"]!.GetValue<double>());
        Assert.Contains(eden["reasons"]!.AsArray(), r => r!["code"]!.GetValue<string>() == "ONLINE");
    }

    [Fact]
    public async Task An_ad_hoc_profile_is_matched_without_storing_anything_and_its_exclusion_zone_holds()
    {
        var response = await ConnectProfileAsync(new { gender = "FEMALE", age = 22, languages = new[] { "en", "pl" }, exclusionZones = area.ZoneAroundZoneService });

        var result = response.Data!["connect"]!;
        var excluded = Excluded(result);
        Assert.Equal("EXCLUSION_ZONE", excluded[area.Id("svc", "zone")]);
        var services = Ours(Ids(result["services"]!, "service"));
        Assert.Contains(area.Id("svc", "women"), services);
        Assert.Contains(area.Id("svc", "age"), services);
        Assert.Contains(area.Id("svc", "language"), services);
        Assert.Contains(area.Id("plc", "women"), Ours(Ids(result["placements"]!, "placement")));
        Assert.Null(result["socialCapital"]);
        Assert.Equal(1, response.RoundTrips);
    }

    [Fact]
    public async Task Women_only_items_are_never_offered_to_anyone_but_women()
    {
        foreach (var gender in new[] { "MALE", "NON_BINARY", "NOT_STATED" })
        {
            var excluded = Excluded((await ConnectProfileAsync(new { gender })).Data!["connect"]!);

            Assert.Equal("WOMEN_ONLY", excluded[area.Id("svc", "women")]);
            Assert.Equal("WOMEN_ONLY", excluded[area.Id("plc", "women")]);
        }
    }

    [Fact]
    public async Task The_most_severe_need_ranks_first_and_says_so()
    {
        var result = (await ConnectProfileAsync(new { gender = "MALE" }, needs: ["ACCOMMODATION", "ALCOHOL"])).Data!["connect"]!;

        var ours = result["services"]!.AsArray().Where(m => m!["service"]!["id"]!.GetValue<string>().Contains(area.Tag, StringComparison.Ordinal)).ToList();
        Assert.Equal(area.Id("svc", "alcohol"), ours[^1]!["service"]!["id"]!.GetValue<string>());
        Assert.Contains(Texts(ours[0]!["reasons"]!), t => t.EndsWith("the most severe need", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_excluded_item_says_what_kind_it_is_and_what_about_it_the_rule_caught()
    {
        var response = await _offenderManager.PostAsync(
            "query($id: ID!) { connect(input: {personId: $id, first: 50}) { excluded { id rule kind detail } } }", new { id = area.Id("per", "client") });

        var excluded = response.AssertNoErrors().Data!["connect"]!["excluded"]!.AsArray()
            .ToDictionary(e => e!["id"]!.GetValue<string>(), e => (e!["kind"]!.GetValue<string>(), e["detail"]?.GetValue<string>()));
        Assert.Equal(("SERVICE", "For women only"), excluded[area.Id("svc", "women")]);
        Assert.Equal(("SERVICE", "For ages 18 to 25"), excluded[area.Id("svc", "age")]);
        Assert.Equal(("SERVICE", "Unsuitable for NO_CONTACT_CHILDREN"), excluded[area.Id("svc", "flag")]);
        Assert.Equal(("SERVICE", "Delivered in Polish only"), excluded[area.Id("svc", "language")]);
        Assert.Equal(("PLACEMENT", "Unsuitable for NO_CONTACT_CHILDREN (work with children)"), excluded[area.Id("plc", "child")]);
        Assert.Equal(("PLACEMENT", "Supervision manages a risk of harm up to LOW"), excluded[area.Id("plc", "risk")]);
        Assert.Equal(("PLACEMENT", "All 3 places are taken"), excluded[area.Id("plc", "full")]);
        Assert.Equal(("MENTOR", "Already mentors 1 person, as many as they can"), excluded[area.Id("mnt", "busy")]);
    }

    [Fact]
    public async Task An_exclusion_zone_is_named_as_the_caller_named_it_or_else_by_its_place_in_the_list()
    {
        var zones = new
        {
            type = "FeatureCollection",
            features = new object[]
            {
                new { type = "Feature", properties = new { name = "Fellside estate" }, geometry = area.ZoneAroundZoneService },
            },
        };

        var named = Excluded((await ConnectProfileAsync(new { gender = "MALE", exclusionZones = zones })).Data!["connect"]!, "detail");
        var numbered = Excluded((await ConnectProfileAsync(new { gender = "MALE", exclusionZones = area.ZoneAroundZoneService })).Data!["connect"]!, "detail");

        Assert.Equal("Inside exclusion zone 'Fellside estate'", named[area.Id("svc", "zone")]);
        Assert.Equal("Inside their exclusion zone", numbered[area.Id("svc", "zone")]);
    }

    [Fact]
    public async Task What_the_person_is_already_referred_to_or_has_done_is_marked_said_and_ranked_after_fresh_items()
    {
        var response = await ConnectVeteranAsync(excludeReferred: false, HistorySelection);

        var result = response.Data!["connect"]!;
        Assert.Equal([area.Id("svc", "vet-fresh"), area.Id("svc", "vet-referred")], Ours(Ids(result["services"]!, "service")));
        var referred = Match(result["services"]!, "service", area.Id("svc", "vet-referred"));
        Assert.True(referred["alreadyReferred"]!.GetValue<bool>());
        Assert.False(referred["completed"]!.GetValue<bool>());
        Assert.Contains("Already referred on 3 Dec 2026, pending", Texts(referred["reasons"]!));
        Assert.True(referred["score"]!.GetValue<double>() > Match(result["services"]!, "service", area.Id("svc", "vet-fresh"))["score"]!.GetValue<double>());

        Assert.Equal([area.Id("plc", "vet-fresh"), area.Id("plc", "vet-done")], Ours(Ids(result["placements"]!, "placement")));
        var done = Match(result["placements"]!, "placement", area.Id("plc", "vet-done"));
        Assert.True(done["completed"]!.GetValue<bool>());
        Assert.False(done["alreadyReferred"]!.GetValue<bool>());
        Assert.Contains("Completed on 12 Nov 2026", Texts(done["reasons"]!));
        var fresh = Match(result["placements"]!, "placement", area.Id("plc", "vet-fresh"));
        Assert.False(fresh["completed"]!.GetValue<bool>() || fresh["alreadyReferred"]!.GetValue<bool>());
        Assert.True(done["score"]!.GetValue<double>() > fresh["score"]!.GetValue<double>());

        Assert.Equal([area.Id("mnt", "vet-other"), area.Id("mnt", "vet-theirs")], Ours(Ids(result["mentors"]!, "mentor")));
        Assert.True(Match(result["mentors"]!, "mentor", area.Id("mnt", "vet-theirs"))["currentMentor"]!.GetValue<bool>());
        Assert.Equal(1, response.RoundTrips);
    }

    [Fact]
    public async Task The_offender_manager_sees_which_referral_it_is_without_another_round_trip()
    {
        const string Selection = "services { service { id } priorReferral { id status createdAt } } placements { placement { id } priorReferral { id status updatedAt } }";
        var response = await ConnectVeteranAsync(excludeReferred: false, Selection);

        var result = response.Data!["connect"]!;
        var referred = Match(result["services"]!, "service", area.Id("svc", "vet-referred"))["priorReferral"]!;
        Assert.Equal((area.OpenReferral, "PENDING"), (referred["id"]!.GetValue<string>(), referred["status"]!.GetValue<string>()));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), referred["createdAt"]!.GetValue<DateTimeOffset>());
        var done = Match(result["placements"]!, "placement", area.Id("plc", "vet-done"))["priorReferral"]!;
        Assert.Equal((area.CompletedReferral, "COMPLETED"), (done["id"]!.GetValue<string>(), done["status"]!.GetValue<string>()));
        Assert.Null(Match(result["services"]!, "service", area.Id("svc", "vet-fresh"))["priorReferral"]);
        Assert.Equal(1, response.RoundTrips);
    }

    [Fact]
    public async Task Asked_to_leave_out_what_the_person_already_has_connect_offers_only_fresh_items()
    {
        var result = (await ConnectVeteranAsync(excludeReferred: true, HistorySelection)).Data!["connect"]!;

        Assert.Equal([area.Id("svc", "vet-fresh")], Ours(Ids(result["services"]!, "service")));
        Assert.Equal([area.Id("plc", "vet-fresh")], Ours(Ids(result["placements"]!, "placement")));
        Assert.Equal([area.Id("mnt", "vet-other")], Ours(Ids(result["mentors"]!, "mentor")));
    }

    [Fact]
    public async Task An_ad_hoc_profile_has_nothing_already_referred_or_done()
    {
        var result = (await ConnectProfileAsync(new { gender = "MALE" }, selection: HistorySelection)).Data!["connect"]!;

        Assert.All(result["services"]!.AsArray().Concat(result["placements"]!.AsArray()), m =>
            Assert.False(m!["alreadyReferred"]!.GetValue<bool>() || m["completed"]!.GetValue<bool>()));
        Assert.All(result["mentors"]!.AsArray(), m => Assert.False(m!["currentMentor"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Place_centred_provision_gaps_count_what_covers_each_need()
    {
        var data = await _commissioner.DataAsync(
            "query($lat: Float!, $lon: Float!) { provisionGaps(near: {point: {latitude: $lat, longitude: $lon}, radiusKm: 3}, needs: [\"ACCOMMODATION\", \"SEX_WORK\"]) { need { code } servicesWithinRadius nearestKm gap } }",
            new { lat = ConnectorArea.Lat, lon = ConnectorArea.Lon });

        var gaps = data["provisionGaps"]!.AsArray().ToDictionary(g => g!["need"]!["code"]!.GetValue<string>());
        Assert.True(gaps["SEX_WORK"]!["gap"]!.GetValue<bool>());
        Assert.Equal(0, gaps["SEX_WORK"]!["servicesWithinRadius"]!.GetValue<int>());
        Assert.Equal(7, gaps["ACCOMMODATION"]!["servicesWithinRadius"]!.GetValue<int>());
        Assert.False(gaps["ACCOMMODATION"]!["gap"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("near: {point: {latitude: 54.45, longitude: -3.05}, radiusKm: 5}, needs: [\"HOUSING\"]", "needs")]
    [InlineData("near: {point: {latitude: 54.45, longitude: -3.05}, radiusKm: 0}", "near.radiusKm")]
    [InlineData("near: {place: \"Nowhere-on-Sea\", radiusKm: 5}", "near.place")]
    [InlineData("near: {point: {latitude: -91, longitude: -3.05}, radiusKm: 5}", "near.point.latitude")]
    public async Task Provision_gaps_with_bad_input_get_BAD_USER_INPUT_naming_the_argument(string arguments, string field)
    {
        var response = await _commissioner.PostAsync($"{{ provisionGaps({arguments}) {{ gap }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Equal(0, response.RoundTrips);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "{}", "input" },
        { "{personId: \"per-0001\", profile: {home: {latitude: 54, longitude: -3}, gender: MALE}}", "input" },
        { "{personId: \"per-0001\", first: 51}", "input.first" },
        { "{personId: \"per-0001\", first: 0}", "input.first" },
        { "{personId: \"per-0001\", needs: [\"HOUSING\"]}", "input.needs" },
        { "{personId: \"per-0001\", near: {place: \"Hessle\", radiusKm: 500}}", "input.near.radiusKm" },
        { "{personId: \"per-0001\", near: {place: \"Nowhere-on-Sea\", radiusKm: 5}}", "input.near.place" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, riskFlags: [\"DANGEROUS\"]}}", "input.profile.riskFlags" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, needs: [\"MONEY\"]}}", "input.profile.needs" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, strengths: [\"JUGGLING\"]}}", "input.profile.strengths" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, age: 200}}", "input.profile.age" },
        { "{profile: {home: {latitude: 95, longitude: -3}, gender: MALE}}", "input.profile.home.latitude" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, languages: [\"polish\"]}}", "input.profile.languages" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: {type: \"Point\", coordinates: [-3, 54]}}}", "input.profile.exclusionZones" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: [1, 2]}}", "input.profile.exclusionZones" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: {type: \"Polygon\"}}}", "input.profile.exclusionZones" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: {type: \"Polygon\", coordinates: [[[-3, 54], [-2.9, 54], [-2.9, 54.1], [-3, 54.1]]]}}}", "input.profile.exclusionZones" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: {type: \"Polygon\", coordinates: [[[-3, 54], [-2.9, 54.1], [-2.9, 54], [-3, 54.1], [-3, 54]]]}}}", "input.profile.exclusionZones" },
        { "{profile: {home: {latitude: 54, longitude: -3}, gender: MALE, exclusionZones: {type: \"Polygon\", coordinates: [[[-300, 54], [-2.9, 54], [-2.9, 54.1], [-300, 54]]]}}}", "input.profile.exclusionZones" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gets_BAD_USER_INPUT_naming_the_field(string input, string field)
    {
        var response = await _client.PostAsync($"{{ connect(input: {input}) {{ services {{ score }} }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task For_a_stored_person_a_radius_alone_searches_around_their_home()
    {
        const string Query = "query($id: ID!, $near: NearInput) { connect(input: {personId: $id, first: 50, near: $near}) { services { service { id } distanceKm } excluded { id } } }";
        var home = new { latitude = ConnectorArea.Lat, longitude = ConnectorArea.Lon };

        var radiusOnly = (await _offenderManager.PostAsync(Query, new { id = area.Id("per", "client"), near = new { radiusKm = 0.5 } })).AssertNoErrors();
        var aroundPoint = (await _offenderManager.PostAsync(Query, new { id = area.Id("per", "client"), near = new { point = home, radiusKm = 0.5 } })).AssertNoErrors();
        var wider = (await _offenderManager.PostAsync(Query, new { id = area.Id("per", "client"), near = new { radiusKm = 50 } })).AssertNoErrors();

        Assert.Equal(aroundPoint.Data!["connect"]!.ToJsonString(), radiusOnly.Data!["connect"]!.ToJsonString());
        Assert.All(radiusOnly.Data!["connect"]!["services"]!.AsArray(), s => Assert.InRange(s!["distanceKm"]!.GetValue<double>(), 0, 0.5));
        Assert.True(Ours(Ids(wider.Data!["connect"]!["services"]!, "service")).Count() > Ours(Ids(radiusOnly.Data!["connect"]!["services"]!, "service")).Count());
        Assert.Equal(("BAD_USER_INPUT", "input.near.radiusKm"), (await _offenderManager.PostAsync(Query, new { id = area.Id("per", "client"), near = new { radiusKm = 500 } })).SingleError());
    }

    [Fact]
    public async Task An_unknown_person_is_NOT_FOUND()
    {
        var response = await _offenderManager.PostAsync("{ connect(input: {personId: \"per-nobody\"}) { services { score } } }");

        Assert.Equal(("NOT_FOUND", "input.personId"), response.SingleError());
    }

    private async Task<GraphQLResponse> ConnectPersonAsync() =>
        (await _offenderManager.PostAsync($"query($id: ID!) {{ connect(input: {{personId: $id, first: 50}}) {{ {Selection} }} }}", new { id = area.Id("per", "client") })).AssertNoErrors();

    private const string HistorySelection = """
        services { service { id } score alreadyReferred completed reasons { code text } }
        placements { placement { id } score alreadyReferred completed reasons { code text } }
        mentors { mentor { id } currentMentor reasons { code text } }
        """;

    private async Task<GraphQLResponse> ConnectVeteranAsync(bool excludeReferred, string selection) =>
        (await _offenderManager.PostAsync(
            $"query($id: ID!, $exclude: Boolean) {{ connect(input: {{personId: $id, first: 50, excludeReferred: $exclude}}) {{ {selection} }} }}",
            new { id = area.Id("per", "veteran"), exclude = excludeReferred })).AssertNoErrors();

    private async Task<GraphQLResponse> ConnectProfileAsync(object traits, string[]? needs = null, string selection = Selection)
    {
        var profile = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(traits))!.AsObject();
        profile["home"] = new JsonObject { ["latitude"] = ConnectorArea.Lat, ["longitude"] = ConnectorArea.Lon };
        profile["needs"] ??= new JsonArray("ACCOMMODATION");
        var response = await _client.PostAsync(
            $"query($profile: ProfileInput!, $needs: [String!]) {{ connect(input: {{profile: $profile, needs: $needs, first: 50}}) {{ {selection} }} }}",
            new { profile, needs });
        return response.AssertNoErrors();
    }

    private List<string> Ours(IEnumerable<string> ids) => [.. ids.Where(id => id.Contains(area.Tag, StringComparison.Ordinal))];

    private static IEnumerable<string> Ids(JsonNode matches, string item) => matches.AsArray().Select(m => m![item]!["id"]!.GetValue<string>());

    private static JsonNode Match(JsonNode matches, string item, string id) =>
        matches.AsArray().Single(m => m![item]!["id"]!.GetValue<string>() == id)!;

    private static IEnumerable<string> Texts(JsonNode items) => items.AsArray().Select(i => i!["text"]!.GetValue<string>());

    private static Dictionary<string, string> Excluded(JsonNode result, string field = "rule") =>
        result["excluded"]!.AsArray().ToDictionary(e => e!["id"]!.GetValue<string>(), e => e![field]!.GetValue<string>());
}
