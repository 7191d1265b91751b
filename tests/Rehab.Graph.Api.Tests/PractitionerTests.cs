using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Admins manage practitioners and caseloads: who a person is supervised by decides who may see them, so a move
/// must take everything the old offender manager could do with them to the new one, and leave one supervisor.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class PractitionerTests(ReferralArea area)
{
    private readonly GraphQLClient _admin = area.CreateClient(ReferralArea.Admin);

    [Fact]
    public async Task An_admin_adds_and_changes_a_practitioner_under_versions_and_the_audit_trail_keeps_both()
    {
        var created = await UpsertAsync("name: \"Robin Ashby\", deliveryUnit: \"Hull East\"");
        var id = created["id"]!.GetValue<string>();
        Assert.StartsWith("prc-", id, StringComparison.Ordinal);
        Assert.Equal((1, 0), (created["version"]!.GetValue<int>(), created["caseload"]!.GetValue<int>()));

        var changed = await UpsertAsync($"id: \"{id}\", version: 1, name: \"Robin Ashby\", deliveryUnit: \"Hull West\"");
        Assert.Equal((2, "Hull West"), (changed["version"]!.GetValue<int>(), changed["deliveryUnit"]!.GetValue<string>()));

        var stale = await _admin.PostAsync($"mutation {{ upsertPractitioner(input: {{id: \"{id}\", version: 1, name: \"R. Ashby\", deliveryUnit: \"Hull\"}}) {{ id }} }}");
        Assert.Equal("CONFLICT", stale.SingleError().Code);

        var listed = await _admin.DataAsync("{ practitioners(first: 100) { totalCount nodes { id name deliveryUnit version caseload } } }");
        var row = listed["practitioners"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal("Hull West", row["deliveryUnit"]!.GetValue<string>());
        var audit = await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}) {{ nodes {{ action summary }} }} }}");
        Assert.Equal(
            ["PRACTITIONER_UPSERTED changed to version 2", "PRACTITIONER_UPSERTED created at version 1"],
            audit["auditTrail"]!["nodes"]!.AsArray().Select(n => $"{n!["action"]} {n["summary"]}"));
    }

    [Fact]
    public async Task A_practitioners_work_email_and_phone_are_kept_checked_and_shown_as_the_referrer_of_their_referrals()
    {
        var created = (await _admin.DataAsync(
            "mutation { upsertPractitioner(input: {name: \"Kim Hale\", deliveryUnit: \"Hull North\", email: \" kim.hale@probation.example \", phone: \"01632  960777\"}) { id email phone } }"))["upsertPractitioner"]!;
        var badEmail = await _admin.PostAsync("mutation { upsertPractitioner(input: {name: \"X\", deliveryUnit: \"Y\", email: \"kim at probation\"}) { id } }");
        var badPhone = await _admin.PostAsync("mutation { upsertPractitioner(input: {name: \"X\", deliveryUnit: \"Y\", phone: \"ext. 42\"}) { id } }");

        Assert.Equal(("kim.hale@probation.example", "01632 960777"), (created["email"]!.GetValue<string>(), created["phone"]!.GetValue<string>()));
        Assert.Equal(("BAD_USER_INPUT", "input.email"), badEmail.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "input.phone"), badPhone.SingleError());

        var practitioner = new Caller(CallerRole.OffenderManager, created["id"]!.GetValue<string>(), null);
        var person = await area.NewPersonAsync(practitioner);
        var referral = (await area.CreateClient(practitioner).DataAsync(
            $"mutation {{ createReferral(input: {{personId: \"{person}\", serviceId: \"{ReferralArea.HousingService}\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}"))["createReferral"]!["id"]!.GetValue<string>();
        var seen = (await area.CreateClient(ReferralArea.HostPartner).DataAsync($"{{ referral(id: \"{referral}\") {{ referrer {{ name email phone }} }} }}"))["referral"]!["referrer"]!;

        Assert.Equal(("Kim Hale", "kim.hale@probation.example", "01632 960777"), (seen["name"]!.GetValue<string>(), seen["email"]!.GetValue<string>(), seen["phone"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_person_moved_to_another_offender_manager_goes_with_their_referrals_and_the_old_one_loses_sight_of_them()
    {
        var personId = await area.NewPersonAsync();
        var old = area.CreateClient(ReferralArea.OffenderManager);
        var referral = (await old.DataAsync($"mutation {{ createReferral(input: {{personId: \"{personId}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}"))
            ["createReferral"]!["id"]!.GetValue<string>();
        var (newId, next) = await NewOffenderManagerAsync();

        var assigned = await _admin.DataAsync($"mutation {{ assignOffenderManager(input: {{personId: \"{personId}\", practitionerId: \"{newId}\"}}) {{ id caseload }} }}");

        Assert.Equal(1, assigned["assignOffenderManager"]!["caseload"]!.GetValue<int>());
        Assert.Equal(personId, (await next.DataAsync($"{{ person(id: \"{personId}\") {{ id }} }}"))["person"]!["id"]!.GetValue<string>());
        Assert.Equal(referral, (await next.DataAsync($"{{ referral(id: \"{referral}\") {{ id }} }}"))["referral"]!["id"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await old.PostAsync($"{{ person(id: \"{personId}\") {{ id }} }}")).SingleError().Code);
        Assert.Equal("FORBIDDEN", (await old.PostAsync($"{{ connect(input: {{personId: \"{personId}\"}}) {{ services {{ score }} }} }}")).SingleError().Code);
        var audit = await _admin.DataAsync($"{{ auditTrail(where: {{targetId: \"{personId}\", action: \"OFFENDER_MANAGER_ASSIGNED\"}}) {{ nodes {{ actorId summary }} }} }}");
        Assert.Equal($"admin@test from {ReferralArea.OffenderManager.PractitionerId} to {newId}", Entry(audit));
    }

    [Fact]
    public async Task The_Immediate_Justice_cases_the_old_offender_manager_coordinated_move_with_the_person()
    {
        var referrer = area.CreateClient(new Caller(CallerRole.Referrer, null, ReferralArea.OtherOrganisation));
        var caseId = (await referrer.DataAsync(
            "mutation { referForImmediateJustice(input: {displayName: \"M. Moved\", gender: MALE, home: {latitude: 50.72, longitude: -3.53}, phone: \"07700900456\", offenceSummary: \"Graffiti\", hours: 4, referrerEmail: \"ij@police.example\"}) { id } }"))
            ["referForImmediateJustice"]!["id"]!.GetValue<string>();
        var old = area.CreateClient(ReferralArea.OffenderManager);
        var personId = (await old.DataAsync($"mutation {{ takeImmediateJusticeCase(input: {{caseId: \"{caseId}\"}}) {{ personId }} }}"))
            ["takeImmediateJusticeCase"]!["personId"]!.GetValue<string>();
        var (newId, next) = await NewOffenderManagerAsync();

        await _admin.DataAsync($"mutation {{ assignOffenderManager(input: {{personId: \"{personId}\", practitionerId: \"{newId}\"}}) {{ id }} }}");

        var contacted = await next.DataAsync($"mutation {{ recordCaseContact(input: {{caseId: \"{caseId}\"}}) {{ status coordinatorId }} }}");
        Assert.Equal(("CONTACTED", newId), (contacted["recordCaseContact"]!["status"]!.GetValue<string>(), contacted["recordCaseContact"]!["coordinatorId"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", (await old.PostAsync($"mutation {{ recordRiskAssessment(input: {{caseId: \"{caseId}\", riskOfHarm: LOW, riskFlags: []}}) {{ id }} }}")).SingleError().Code);
    }

    [Fact]
    public async Task Admins_racing_to_move_one_person_leave_them_with_exactly_one_offender_manager()
    {
        for (var round = 0; round < 5; round++)
        {
            var personId = await area.NewPersonAsync();
            var targets = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => NewOffenderManagerAsync()));

            var responses = await Task.WhenAll(targets.Select(t =>
                area.CreateClient(ReferralArea.Admin).PostAsync($"mutation {{ assignOffenderManager(input: {{personId: \"{personId}\", practitionerId: \"{t.Id}\"}}) {{ id }} }}")));

            Assert.All(responses, r => Assert.Empty(r.Errors));
            Assert.Equal(1, await SupervisorsAsync(personId));
        }
    }

    public static TheoryData<string, string, string> BadUpserts => new()
    {
        { "name: \"\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.name" },
        { "name: \"   \", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.name" },
        { $"name: \"{new string('n', 201)}\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.name" },
        { "name: \"Sam\", deliveryUnit: \"\"", "BAD_USER_INPUT", "input.deliveryUnit" },
        { $"name: \"Sam\", deliveryUnit: \"{new string('d', 101)}\"", "BAD_USER_INPUT", "input.deliveryUnit" },
        { "id: \"org-devon-host\", version: 1, name: \"Sam\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.id" },
        { "id: \"prc-devon-1\", name: \"Sam\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.version" },
        { "version: 3, name: \"Sam\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.version" },
        { "id: \"prc-devon-1\", version: 0, name: \"Sam\", deliveryUnit: \"Hull\"", "BAD_USER_INPUT", "input.version" },
        { "id: \"prc-nobody\", version: 1, name: \"Sam\", deliveryUnit: \"Hull\"", "NOT_FOUND", "input.id" },
    };

    [Theory]
    [MemberData(nameof(BadUpserts))]
    public async Task A_bad_practitioner_is_refused_naming_the_field_and_nothing_is_written(string input, string code, string field)
    {
        var before = await PractitionerCountAsync();

        var response = await _admin.PostAsync($"mutation {{ upsertPractitioner(input: {{{input}}}) {{ id }} }}");

        Assert.Equal((code, field), response.SingleError());
        Assert.Equal(before, await PractitionerCountAsync());
    }

    [Fact]
    public async Task A_bad_assignment_is_refused_and_leaves_the_person_with_their_offender_manager()
    {
        var personId = await area.NewPersonAsync();
        string[] inputs =
        [
            $"personId: \"{ReferralArea.HousingService}\", practitionerId: \"prc-devon-2\"",
            $"personId: \"{personId}\", practitionerId: \"{ReferralArea.HostOrganisation}\"",
            "personId: \"per-nobody\", practitionerId: \"prc-devon-2\"",
            $"personId: \"{personId}\", practitionerId: \"prc-nobody\"",
            $"personId: \"{personId}\", practitionerId: \"{ReferralArea.OffenderManager.PractitionerId}\"",
        ];

        var errors = new List<(string?, string?)>();
        foreach (var input in inputs)
        {
            errors.Add((await _admin.PostAsync($"mutation {{ assignOffenderManager(input: {{{input}}}) {{ id }} }}")).SingleError());
        }

        Assert.Equal(
            [("BAD_USER_INPUT", "input.personId"), ("BAD_USER_INPUT", "input.practitionerId"), ("NOT_FOUND", "input.personId"), ("NOT_FOUND", "input.practitionerId"), ("CONFLICT", null)],
            errors);
        Assert.Equal(1, await SupervisorsAsync(personId));
        Assert.Equal(personId, (await area.CreateClient(ReferralArea.OffenderManager).DataAsync($"{{ person(id: \"{personId}\") {{ id }} }}"))["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_offender_manager_lists_colleagues_to_hand_over_to_by_delivery_unit_and_name_without_themselves_or_caseloads()
    {
        var unit = $"Unit {Guid.NewGuid():N}";
        var zara = (await UpsertAsync($"name: \"Zara Quinn\", deliveryUnit: \"{unit}\"", "email: \"zara.quinn@probation.example\""))["id"]!.GetValue<string>();
        var adam = (await UpsertAsync($"name: \"Adam Birch\", deliveryUnit: \"{unit}\""))["id"]!.GetValue<string>();
        var adamsClient = area.CreateClient(new Caller(CallerRole.OffenderManager, adam, null));

        var inUnit = await adamsClient.DataAsync($"{{ colleagues(deliveryUnit: \"{unit}\") {{ totalCount nodes {{ id name deliveryUnit email }} }} }}");
        var om = area.CreateClient(ReferralArea.OffenderManager);
        var theirs = await om.DataAsync($"{{ colleagues(deliveryUnit: \"{unit}\") {{ nodes {{ name }} }} }}");
        var everyone = await om.DataAsync("{ colleagues(first: 100, deliveryUnit: \"  \") { totalCount nodes { id deliveryUnit } } }");

        Assert.Equal(
            $$$"""{"colleagues":{"totalCount":1,"nodes":[{"id":"{{{zara}}}","name":"Zara Quinn","deliveryUnit":"{{{unit}}}","email":"zara.quinn@probation.example"}]}}""",
            inUnit.ToJsonString());
        Assert.Equal(["Adam Birch", "Zara Quinn"], theirs["colleagues"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        var ids = everyone["colleagues"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(ReferralArea.OtherOffenderManager.PractitionerId, ids);
        Assert.Contains(zara, ids);
        Assert.DoesNotContain(ReferralArea.OffenderManager.PractitionerId, ids);
        var units = everyone["colleagues"]!["nodes"]!.AsArray().Select(n => n!["deliveryUnit"]!.GetValue<string>()).ToList();
        Assert.Equal(units.Order(StringComparer.Ordinal), units);
    }

    [Fact]
    public async Task An_offender_manager_finds_a_colleague_in_any_unit_by_part_of_their_name_ignoring_case()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var unit = $"Unit {token}";
        var kit = (await UpsertAsync($"name: \"Kit Marlowe{token}\", deliveryUnit: \"{unit}\""))["id"]!.GetValue<string>();
        var ada = (await UpsertAsync($"name: \"Ada Marlowe{token}\", deliveryUnit: \"Elsewhere {token}\""))["id"]!.GetValue<string>();
        await UpsertAsync($"name: \"Kit Other\", deliveryUnit: \"{unit}\"");
        var om = area.CreateClient(ReferralArea.OffenderManager);

        var everywhere = await om.PostAsync($"{{ colleagues(search: \"  MARLOWE{token.ToUpperInvariant()} \") {{ totalCount nodes {{ id }} }} }}");
        var inUnit = await om.DataAsync($"{{ colleagues(deliveryUnit: \"{unit}\", search: \"marlowe\") {{ totalCount nodes {{ id }} }} }}");
        var blank = await om.DataAsync($"{{ colleagues(deliveryUnit: \"{unit}\", search: \"   \") {{ totalCount }} }}");

        Assert.Equal(1, everywhere.AssertNoErrors().RoundTrips);
        Assert.Equal([ada, kit], Ids(everywhere.Data!));
        Assert.Equal(2, everywhere.Data!["colleagues"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([kit], Ids(inUnit));
        Assert.Equal(2, blank["colleagues"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_offender_manager_lists_the_delivery_units_with_how_many_colleagues_each_has_and_which_is_theirs()
    {
        var unit = $"Unit {Guid.NewGuid():N}";
        await UpsertAsync($"name: \"Zara Quinn\", deliveryUnit: \"{unit}\"");
        var adam = (await UpsertAsync($"name: \"Adam Birch\", deliveryUnit: \"{unit}\""))["id"]!.GetValue<string>();
        var adamsClient = area.CreateClient(new Caller(CallerRole.OffenderManager, adam, null));
        var om = area.CreateClient(ReferralArea.OffenderManager);

        var adams = await adamsClient.PostAsync("{ deliveryUnits { name colleagues yours } colleagues(first: 1) { totalCount } }");
        var theirs = (await om.DataAsync("{ deliveryUnits { name colleagues yours } }"))["deliveryUnits"]!.AsArray();

        Assert.Equal(1, adams.AssertNoErrors().RoundTrips);
        var units = adams.Data!["deliveryUnits"]!.AsArray();
        Assert.Equal("""{"name":"UNIT","colleagues":1,"yours":true}""".Replace("UNIT", unit, StringComparison.Ordinal), units.Single(u => u!["name"]!.GetValue<string>() == unit)!.ToJsonString());
        Assert.Single(units, u => u!["yours"]!.GetValue<bool>());
        var names = units.Select(u => u!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(adams.Data!["colleagues"]!["totalCount"]!.GetValue<int>(), units.Sum(u => u!["colleagues"]!.GetValue<int>()));
        Assert.Equal("""{"name":"UNIT","colleagues":2,"yours":false}""".Replace("UNIT", unit, StringComparison.Ordinal), theirs.Single(u => u!["name"]!.GetValue<string>() == unit)!.ToJsonString());
        Assert.True(theirs.Single(u => u!["name"]!.GetValue<string>() == "Test")!["yours"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Colleagues_refuses_bad_input_and_everyone_but_offender_managers()
    {
        var om = area.CreateClient(ReferralArea.OffenderManager);
        var query = "{ colleagues(ARGS) { totalCount } }";
        var bad = new Dictionary<string, (string?, string?)>
        {
            [$"deliveryUnit: \"{new string('x', 101)}\""] = ("BAD_USER_INPUT", "deliveryUnit"),
            [$"search: \" {new string('x', 101)} \""] = ("BAD_USER_INPUT", "search"),
            ["search: 7"] = ("GRAPHQL_VALIDATION_FAILED", null),
            ["first: -1"] = ("BAD_USER_INPUT", "first"),
            ["first: 101"] = ("BAD_USER_INPUT", "first"),
            ["after: \"not a cursor\""] = ("BAD_USER_INPUT", "after"),
            ["deliveryUnit: 7"] = ("GRAPHQL_VALIDATION_FAILED", null),
        };

        foreach (var (arguments, expected) in bad)
        {
            Assert.Equal(expected, (await om.PostAsync(query.Replace("ARGS", arguments, StringComparison.Ordinal))).SingleError());
        }

        foreach (var caller in new[] { ReferralArea.Admin, ReferralArea.HostPartner, ReferralArea.PersonOnProbation })
        {
            Assert.Equal("FORBIDDEN", (await area.CreateClient(caller).PostAsync("{ colleagues { totalCount } }")).SingleError().Code);
            Assert.Equal("FORBIDDEN", (await area.CreateClient(caller).PostAsync("{ deliveryUnits { name } }")).SingleError().Code);
        }
    }

    private static string Entry(JsonNode audit) =>
        audit["auditTrail"]!["nodes"]!.AsArray().Select(n => $"{n!["actorId"]} {n["summary"]}").Single();

    private async Task<JsonNode> UpsertAsync(string input, string more = "") =>
        (await _admin.DataAsync($"mutation {{ upsertPractitioner(input: {{{input} {more}}}) {{ id name deliveryUnit version caseload }} }}"))["upsertPractitioner"]!;

    private async Task<(string Id, GraphQLClient Client)> NewOffenderManagerAsync()
    {
        var id = (await UpsertAsync("name: \"New OM\", deliveryUnit: \"Exeter\""))["id"]!.GetValue<string>();
        return (id, area.CreateClient(new Caller(CallerRole.OffenderManager, id, null)));
    }

    private async Task<int> SupervisorsAsync(string personId) =>
        (await area.Cypher.RunAsync(new CypherStatement("test: supervisors", "MATCH (:Practitioner)-[s:SUPERVISES]->(:Person {id: $id}) RETURN count(s) AS supervisors",
            new Dictionary<string, object?> { ["id"] = personId }))).Single<int>("supervisors");

    private async Task<int> PractitionerCountAsync() =>
        (await area.Cypher.RunAsync(new CypherStatement("test: practitioners", "MATCH (pr:Practitioner) RETURN count(pr) AS practitioners", new Dictionary<string, object?>())))
        .Single<int>("practitioners");

    private static IReadOnlyList<string> Ids(JsonNode data) => [.. data["colleagues"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
