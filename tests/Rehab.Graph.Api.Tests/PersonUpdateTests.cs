using System.Text.Json.Nodes;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// <c>updatePerson</c>: the offender manager changes a stored person's record from the version they read, and the
/// licence exclusion zones they set are honoured by connect and by referrals. No test here gives a person a postcode
/// district: NeedCountTests, in the same collection, counts every district (the district's rules are Domain tests).
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class PersonUpdateTests(ReferralArea area)
{
    /// <summary>A square of about 1 km around the area's centre, where its services are.</summary>
    private const string ZoneAroundTheServices =
        "{type: \"FeatureCollection\", features: [{type: \"Feature\", properties: {name: \"Quayside\"}, geometry: {type: \"Polygon\", coordinates: [[[-3.54, 50.715], [-3.52, 50.715], [-3.52, 50.725], [-3.54, 50.725], [-3.54, 50.715]]]}}]}";

    private const string NoZones = "{type: \"FeatureCollection\", features: []}";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);

    [Fact]
    public async Task An_exclusion_zone_set_on_the_person_is_honoured_by_connect_and_referrals_until_it_is_cleared()
    {
        // The person lives 5 km north, so the services are in the zone but home is not.
        var person = await area.NewPersonAsync();
        await _om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, home: {{latitude: 50.765, longitude: -3.53}}}}) {{ id }} }}");

        var zoned = (await _om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 1, exclusionZones: {ZoneAroundTheServices}}}) {{ version exclusionZones exclusionZoneCount home {{ latitude }} }} }}"))["updatePerson"]!;
        var connect = await ConnectAsync(person);
        var referral = await _om.PostAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}");
        var cleared = (await _om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 2, exclusionZones: {NoZones}}}) {{ version exclusionZones exclusionZoneCount }} }}"))["updatePerson"]!;
        var afterwards = await ConnectAsync(person);

        Assert.Equal(2, zoned["version"]!.GetValue<int>());
        Assert.Equal(50.765, zoned["home"]!["latitude"]!.GetValue<double>());
        Assert.Equal("Quayside", zoned["exclusionZones"]!["features"]![0]!["properties"]!["name"]!.GetValue<string>());
        Assert.Equal((1, 0), (zoned["exclusionZoneCount"]!.GetValue<int>(), cleared["exclusionZoneCount"]!.GetValue<int>()));
        Assert.DoesNotContain(ReferralArea.HousingService, Offered(connect));
        Assert.Contains(connect["excluded"]!.AsArray(), e => e!["id"]!.GetValue<string>() == ReferralArea.HousingService && e["rule"]!.GetValue<string>() == "EXCLUSION_ZONE");
        Assert.Equal(("BAD_USER_INPUT", "input.serviceId"), referral.SingleError());
        Assert.Null(cleared["exclusionZones"]);
        Assert.Equal(3, cleared["version"]!.GetValue<int>());
        Assert.Contains(ReferralArea.HousingService, Offered(afterwards));
    }

    [Fact]
    public async Task Needs_and_strengths_given_replace_the_old_ones_and_what_is_left_out_stays()
    {
        var person = await area.NewPersonAsync(riskFlags: ["ARSON"]);

        var changed = (await _om.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, needs: [{{code: \"ALCOHOL\", severity: 3}}], strengths: [\"COOKING\", \"DIY\"]}}) {{ needs {{ code severity }} strengths riskFlags version }} }}"))["updatePerson"]!;

        Assert.Equal(["ALCOHOL:3"], changed["needs"]!.AsArray().Select(n => $"{n!["code"]!.GetValue<string>()}:{n["severity"]!.GetValue<int>()}"));
        Assert.Equal(["COOKING", "DIY"], changed["strengths"]!.AsArray().Select(s => s!.GetValue<string>()).Order());
        Assert.Equal(["ARSON"], changed["riskFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(1, changed["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_change_from_an_old_version_another_caseload_or_no_person_is_refused_and_changes_nothing()
    {
        var person = await area.NewPersonAsync();
        await _om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, riskFlags: [\"ARSON\"]}}) {{ id }} }}");

        var stale = await _om.PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, riskFlags: [\"WEAPONS\"]}}) {{ id }} }}");
        var other = await area.CreateClient(ReferralArea.OtherOffenderManager).PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 1, riskFlags: []}}) {{ id }} }}");
        var partner = await area.CreateClient(ReferralArea.HostPartner).PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 1, riskFlags: []}}) {{ id }} }}");
        var nobody = await _om.PostAsync("mutation { updatePerson(input: {personId: \"per-devon-nobody\", version: 0, riskFlags: []}) { id } }");
        var now = (await _om.DataAsync($"{{ person(id: \"{person}\") {{ riskFlags version }} }}"))["person"]!;

        Assert.Equal("CONFLICT", stale.SingleError().Code);
        Assert.Equal("FORBIDDEN", other.SingleError().Code);
        Assert.Equal("FORBIDDEN", partner.SingleError().Code);
        Assert.Equal(("NOT_FOUND", "input.personId"), nobody.SingleError());
        Assert.Equal(["ARSON"], now["riskFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(1, now["version"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("", "input")]
    [InlineData("needs: [{code: \"ALCOHOL\", severity: 4}]", "input.needs")]
    [InlineData("needs: [{code: \"ALCOHOL\", severity: 1}, {code: \"ALCOHOL\", severity: 2}]", "input.needs")]
    [InlineData("needs: [{code: \"LUCK\", severity: 1}]", "input.needs")]
    [InlineData("riskFlags: [\"GRUMPY\"]", "input.riskFlags")]
    [InlineData("strengths: [\"JUGGLING\"]", "input.strengths")]
    [InlineData("exclusionZones: {type: \"Polygon\", coordinates: [[[-3.54, 50.715], [-3.52, 50.715], [-3.52, 50.725]]]}", "input.exclusionZones")]
    [InlineData("exclusionZones: {type: \"Point\", coordinates: [-3.54, 50.715]}", "input.exclusionZones")]
    [InlineData("home: {latitude: 91, longitude: 0}", "input.home.latitude")]
    [InlineData("postcodeDistrict: \"HU3\"", "input.postcodeDistrict")]
    [InlineData("home: {latitude: 50.7, longitude: -3.5}, postcodeDistrict: \"NOT A DISTRICT\"", "input.postcodeDistrict")]
    [InlineData("version: -1, riskFlags: []", "input.version")]
    public async Task Bad_input_is_refused_naming_the_field(string fields, string field)
    {
        var person = await area.NewPersonAsync();
        var input = fields.StartsWith("version", StringComparison.Ordinal) ? fields : $"version: 0{(fields.Length > 0 ? ", " + fields : "")}";

        var response = await _om.PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", {input}}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Equal(0, (await _om.DataAsync($"{{ person(id: \"{person}\") {{ version }} }}"))["person"]!["version"]!.GetValue<int>());
    }

    private async Task<JsonNode> ConnectAsync(string person) =>
        (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\", near: {{radiusKm: 20}}}}) {{ services {{ service {{ id }} }} excluded {{ id rule }} }} }}"))["connect"]!;

    private static IEnumerable<string> Offered(JsonNode connect) => connect["services"]!.AsArray().Select(m => m!["service"]!["id"]!.GetValue<string>());
}
