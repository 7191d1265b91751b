using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// <c>needCounts</c>: unmet need per postcode district, from people's records and their referrals, as counts only.
/// The people here are the only ones in the referral area with a postcode district, so every count is known.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class NeedCountTests(ReferralArea area)
{
    private static readonly Caller Commissioner = new(CallerRole.Commissioner, null, null, "commissioner@test");

    private readonly GraphQLClient _commissioner = area.CreateClient(Commissioner);

    [Fact]
    public async Task Counts_people_per_district_and_need_and_those_not_yet_connected_withholding_any_count_that_could_single_someone_out()
    {
        // HU13, ACCOMMODATION: seven people. Connected: a pending referral for it, and attending a housing service.
        // Not connected: a declined referral, a completed referral for another need, and three with nothing. Five unmet
        // beside seven people would tell that exactly two are connected, so unmet is withheld.
        var pending = await PersonAsync("HU13", "ACCOMMODATION");
        var declined = await PersonAsync("HU13", "ACCOMMODATION");
        var otherNeed = await PersonAsync("HU13", "ACCOMMODATION", "ALCOHOL");
        var attending = await PersonAsync("HU13", "ACCOMMODATION");
        for (var i = 0; i < 3; i++)
        {
            await PersonAsync("HU13", "ACCOMMODATION");
        }

        // HU13, ALCOHOL: two people, one connected by that completed referral: both counts withheld.
        await PersonAsync("HU13", "ALCOHOL");
        // HU14, EMPLOYMENT: six people, all attending a service that addresses it: nobody unmet, and zero is shown.
        await PeopleAsync("HU14", "EMPLOYMENT", count: 6, attending: 6);
        // HU15, EMPLOYMENT: three people, all attending: "none unmet" beside a withheld count would say all of them are connected.
        await PeopleAsync("HU15", "EMPLOYMENT", count: 3, attending: 3);
        // HU16, EMPLOYMENT: ten people, five attending: every figure, shown or worked out, is at least five.
        await PeopleAsync("HU16", "EMPLOYMENT", count: 10, attending: 5);
        // HU17, ACCOMMODATION: five people, none connected: unmet is all of them.
        await PeopleAsync("HU17", "ACCOMMODATION", count: 5, attending: 0);

        await ReferAsync(pending, ReferralArea.HousingService, "ACCOMMODATION");
        await area.CreateClient(ReferralArea.HostPartner).DataAsync(
            $"mutation {{ declineReferral(input: {{referralId: \"{await ReferAsync(declined, ReferralArea.HousingService, "ACCOMMODATION")}\", reason: \"No space\"}}) {{ id }} }}");
        var alcohol = await ReferAsync(otherNeed, ReferralArea.OtherService, "ALCOHOL");
        var otherPartner = area.CreateClient(ReferralArea.OtherPartner);
        await otherPartner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{alcohol}\"}}) {{ id }} }}");
        await otherPartner.DataAsync($"mutation {{ completeReferral(input: {{referralId: \"{alcohol}\", outcome: \"Sober three months\"}}) {{ id }} }}");
        await AttendAsync(attending, ReferralArea.HousingService);

        var response = await _commissioner.PostAsync("{ needCounts(areas: [\"HU13\", \"hu14\", \"HU15\", \"HU16\", \"HU17\"]) { area need { code } people unmet } }");

        response.AssertNoErrors();
        Assert.Equal(
            ["HU13 ACCOMMODATION 7 null", "HU13 ALCOHOL null null", "HU14 EMPLOYMENT 6 0", "HU15 EMPLOYMENT null null", "HU16 EMPLOYMENT 10 5", "HU17 ACCOMMODATION 5 5"],
            response.Data!["needCounts"]!.AsArray().Select(Row));
        Assert.Equal(1, response.RoundTrips);

        var oneArea = await _commissioner.DataAsync("{ needCounts(areas: [\"HU14\"]) { area need { code } people unmet } }");
        Assert.Equal(["HU14 EMPLOYMENT 6 0"], oneArea["needCounts"]!.AsArray().Select(Row));
        var oneNeed = await _commissioner.DataAsync("{ needCounts(needs: [\"ACCOMMODATION\"]) { area need { code } people unmet } }");
        Assert.Equal(["HU13 ACCOMMODATION 7 null", "HU17 ACCOMMODATION 5 5"], oneNeed["needCounts"]!.AsArray().Select(Row));
    }

    [Theory]
    [InlineData("areas: [\"HU99\"]", "areas")]
    [InlineData("areas: [\"Hessle\"]", "areas")]
    [InlineData("areas: [\"\"]", "areas")]
    [InlineData("areas: [\"HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1HU1\"]", "areas")]
    [InlineData("needs: [\"HOUSING\"]", "needs")]
    public async Task Bad_input_gets_BAD_USER_INPUT_naming_the_argument_and_reads_nothing(string arguments, string field)
    {
        var response = await _commissioner.PostAsync($"{{ needCounts({arguments}) {{ people }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Equal(0, response.RoundTrips);
    }

    private static string Row(JsonNode? row) =>
        $"{row!["area"]} {row["need"]!["code"]} {row["people"]?.ToJsonString() ?? "null"} {row["unmet"]?.ToJsonString() ?? "null"}";

    private async Task<string> PersonAsync(string district, params string[] needs)
    {
        var id = await area.NewPersonAsync();
        await area.Cypher.RunAsync(new CypherStatement("test: district and needs", """
            MATCH (p:Person {id: $id})-[h:HAS_NEED]->()
            DELETE h
            WITH DISTINCT p
            SET p.postcodeDistrict = $district
            WITH p
            UNWIND $needs AS code
            MATCH (n:Need {code: code})
            CREATE (p)-[:HAS_NEED {severity: 2}]->(n)
            """, new Dictionary<string, object?> { ["id"] = id, ["district"] = district, ["needs"] = needs }));
        return id;
    }

    /// <summary><paramref name="count"/> people in <paramref name="district"/> with <paramref name="need"/>, the first <paramref name="attending"/> of them attending the housing service.</summary>
    private async Task PeopleAsync(string district, string need, int count, int attending)
    {
        for (var i = 0; i < count; i++)
        {
            var person = await PersonAsync(district, need);
            if (i < attending)
            {
                await AttendAsync(person, ReferralArea.HousingService);
            }
        }
    }

    private Task AttendAsync(string personId, string serviceId) =>
        area.Cypher.RunAsync(new CypherStatement("test: attended", "MATCH (p:Person {id: $person}), (s:Service {id: $service}) CREATE (p)-[:ATTENDED]->(s)",
            new Dictionary<string, object?> { ["person"] = personId, ["service"] = serviceId }));

    private async Task<string> ReferAsync(string personId, string serviceId, string need) =>
        (await area.CreateClient(ReferralArea.OffenderManager).DataAsync(
            $"mutation {{ createReferral(input: {{personId: \"{personId}\", serviceId: \"{serviceId}\", needs: [\"{need}\"]}}) {{ id }} }}"))["createReferral"]!["id"]!.GetValue<string>();
}
