using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>Referrals from creation to outcome, through GraphQL over HTTP on a real Neo4j.</summary>
[Collection(ReferralArea.Collection)]
public sealed class ReferralTests(ReferralArea area)
{
    private const string Fields = "id status hoursOrdered hoursDone sessionsAttended sessionsMissed outcome reason person { id displayName riskFlags } needs { code } history { action status }";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task A_placement_referral_goes_from_pending_to_completed_and_the_person_gains_the_tie()
    {
        var person = await area.NewPersonAsync();
        var placement = await area.NewPlacementAsync(capacity: 2);

        var created = await area.AtAsync(area.Clock.Now.AddDays(-3), async () =>
        {
            var pending = await CreateAsync(person, placement: placement, hours: 10);
            Assert.Equal("PENDING", pending["status"]!.GetValue<string>());
            return await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{pending["id"]!.GetValue<string>()}\", note: \"Start Monday\"}}");
        });
        Assert.Equal(1, await area.FilledAsync(placement));
        var id = created["id"]!.GetValue<string>();

        await StepAsync(_partner, "logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-2)}\", hours: 6}}");
        await StepAsync(_partner, "logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: false}}");
        var logged = await StepAsync(_partner, "logHours", $"{{referralId: \"{id}\", date: \"{Today}\", hours: 4}}");
        Assert.Equal(10, logged["hoursDone"]!.GetValue<double>());
        Assert.Equal(2, logged["sessionsAttended"]!.GetValue<int>());
        Assert.Equal(1, logged["sessionsMissed"]!.GetValue<int>());
        Assert.Equal("IN_PROGRESS", logged["status"]!.GetValue<string>());

        var completed = await StepAsync(_partner, "completeReferral", $"{{referralId: \"{id}\", outcome: \"All hours done, offered a volunteer role\"}}");

        Assert.Equal("COMPLETED", completed["status"]!.GetValue<string>());
        Assert.Equal(
            ["CREATE", "ACCEPT", "LOG_HOURS", "LOG_ATTENDANCE", "LOG_HOURS", "COMPLETE"],
            completed["history"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(0, await area.FilledAsync(placement));
        Assert.True(await area.TieAsync(person, "COMPLETED", placement));
    }

    [Fact]
    public async Task A_completed_service_referral_adds_an_ATTENDED_tie_that_connect_counts_as_social_capital()
    {
        var person = await area.NewPersonAsync();
        var before = await BridgingTiesAsync(person);

        var created = await CreateAsync(person, service: ReferralArea.HousingService);
        var id = created["id"]!.GetValue<string>();
        Assert.Equal(["ACCOMMODATION"], created["needs"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{id}\"}}");
        await StepAsync(_partner, "completeReferral", $"{{referralId: \"{id}\", outcome: \"Housed\"}}");

        Assert.True(await area.TieAsync(person, "ATTENDED", ReferralArea.HousingService));
        Assert.True(await BridgingTiesAsync(person) > before);
    }

    [Fact]
    public async Task Declining_or_withdrawing_gives_the_place_back()
    {
        var placement = await area.NewPlacementAsync(capacity: 2);
        var first = (await CreateAsync(await area.NewPersonAsync(), placement: placement, hours: 20))["id"]!.GetValue<string>();
        var second = (await CreateAsync(await area.NewPersonAsync(), placement: placement, hours: 20))["id"]!.GetValue<string>();
        Assert.Equal(2, await area.FilledAsync(placement));

        var declined = await StepAsync(_partner, "declineReferral", $"{{referralId: \"{first}\", reason: \"No supervisor that week\"}}");
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{second}\"}}");
        var withdrawn = await StepAsync(_om, "withdrawReferral", $"{{referralId: \"{second}\", reason: \"Moved to another area\"}}");

        Assert.Equal("No supervisor that week", declined["reason"]!.GetValue<string>());
        Assert.Equal("WITHDRAWN", withdrawn["status"]!.GetValue<string>());
        Assert.Equal(0, await area.FilledAsync(placement));
    }

    public static TheoryData<string, string> IllegalSteps => new()
    {
        { "acceptReferral", "{referralId: \"$id\"}" },
        { "declineReferral", "{referralId: \"$id\", reason: \"too late\"}" },
    };

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public async Task A_step_the_state_machine_does_not_allow_is_a_CONFLICT_and_changes_nothing(string mutation, string input)
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{id}\"}}");

        var response = await _partner.PostAsync($"mutation {{ {mutation}(input: {input.Replace("$id", id, StringComparison.Ordinal)}) {{ id }} }}");

        Assert.Equal("CONFLICT", response.SingleError().Code);
        Assert.Equal("ACCEPTED", (await ReadAsync(_partner, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Finished_referrals_cannot_be_completed_withdrawn_or_given_hours()
    {
        var placement = await area.NewPlacementAsync();
        var id = (await CreateAsync(await area.NewPersonAsync(), placement: placement, hours: 5))["id"]!.GetValue<string>();
        Assert.Equal("CONFLICT", (await _partner.PostAsync($"mutation {{ completeReferral(input: {{referralId: \"{id}\", outcome: \"x\"}}) {{ id }} }}")).SingleError().Code);
        await StepAsync(_om, "withdrawReferral", $"{{referralId: \"{id}\", reason: \"Order revoked\"}}");

        Assert.Equal("CONFLICT", (await _om.PostAsync($"mutation {{ withdrawReferral(input: {{referralId: \"{id}\", reason: \"again\"}}) {{ id }} }}")).SingleError().Code);
        Assert.Equal("CONFLICT", (await _partner.PostAsync($"mutation {{ logHours(input: {{referralId: \"{id}\", date: \"{Today}\", hours: 1}}) {{ id }} }}")).SingleError().Code);
        Assert.Equal(0, await area.FilledAsync(placement));
    }

    [Fact]
    public async Task Hours_beyond_the_order_are_refused_and_a_placement_completes_only_with_every_hour_logged()
    {
        var person = await area.NewPersonAsync();
        var placement = await area.NewPlacementAsync();
        var id = await area.AtAsync(area.Clock.Now.AddDays(-1), async () =>
        {
            var created = (await CreateAsync(person, placement: placement, hours: 8))["id"]!.GetValue<string>();
            await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{created}\"}}");
            return created;
        });
        await StepAsync(_partner, "logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", hours: 6}}");

        var tooMany = await _partner.PostAsync($"mutation {{ logHours(input: {{referralId: \"{id}\", date: \"{Today}\", hours: 2.5}}) {{ id }} }}");
        var early = await _partner.PostAsync($"mutation {{ completeReferral(input: {{referralId: \"{id}\", outcome: \"done\"}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", "input.hours"), tooMany.SingleError());
        Assert.Contains("would exceed the order", tooMany.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CONFLICT", early.SingleError().Code);
        Assert.Equal(6, (await ReadAsync(_partner, id))["hoursDone"]!.GetValue<double>());
    }

    [Fact]
    public async Task Hours_and_attendance_are_for_placements_only()
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{id}\"}}");

        var response = await _partner.PostAsync($"mutation {{ logAttendance(input: {{referralId: \"{id}\", date: \"{Today}\", attended: true}}) {{ id }} }}");

        Assert.Equal("CONFLICT", response.SingleError().Code);
    }

    [Fact]
    public async Task A_full_placement_is_a_CONFLICT_and_an_unsuitable_one_is_refused_by_the_hard_rules()
    {
        var full = await area.NewPlacementAsync(capacity: 1, filled: 1);
        var childFacing = await area.NewPlacementAsync(childFacing: true);
        var person = await area.NewPersonAsync(riskFlags: ["NO_CONTACT_CHILDREN"]);

        var fullResponse = await _om.PostAsync(CreateMutation(person, placement: full, hours: 10));
        var unsuitable = await _om.PostAsync(CreateMutation(person, placement: childFacing, hours: 10));

        Assert.Equal("CONFLICT", fullResponse.SingleError().Code);
        Assert.Equal(("BAD_USER_INPUT", "input.placementId"), unsuitable.SingleError());
        Assert.Contains("RISK_FLAG", unsuitable.Errors[0]["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await area.FilledAsync(childFacing));
    }

    [Theory]
    [InlineData("PAUSED")]
    [InlineData("CLOSED")]
    public async Task A_service_that_is_not_active_takes_no_referrals(string status)
    {
        var created = await _partner.DataAsync(
            $"mutation {{ upsertService(input: {{organisationId: \"{ReferralArea.HostOrganisation}\", name: \"Soon {status}\", needs: [\"ACCOMMODATION\"], location: {{latitude: {ReferralArea.Lat}, longitude: {ReferralArea.Lon}}}}}) {{ id }} }}");
        var service = created["upsertService"]!["id"]!.GetValue<string>();
        await _partner.DataAsync($"mutation {{ setServiceStatus(input: {{serviceId: \"{service}\", status: {status}, version: 1}}) {{ id }} }}");

        var response = await _om.PostAsync(CreateMutation(await area.NewPersonAsync(), service: service));

        Assert.Equal("CONFLICT", response.SingleError().Code);
    }

    [Fact]
    public async Task A_second_open_referral_to_the_same_place_is_a_CONFLICT()
    {
        var person = await area.NewPersonAsync();
        await CreateAsync(person, service: ReferralArea.HousingService);

        var again = await _om.PostAsync(CreateMutation(person, service: ReferralArea.HousingService));

        Assert.Equal("CONFLICT", again.SingleError().Code);
    }

    [Fact]
    public async Task Two_offender_managers_racing_for_the_last_place_one_wins_the_other_gets_CONFLICT()
    {
        var clients = new[] { _om, area.CreateClient(ReferralArea.OtherOffenderManager) };
        var people = new List<(GraphQLClient Client, string Person)>();
        for (var i = 0; i < 6; i++)
        {
            var client = i % 2 == 0 ? clients[0] : clients[1];
            people.Add((client, await area.NewPersonAsync(i % 2 == 0 ? ReferralArea.OffenderManager : ReferralArea.OtherOffenderManager)));
        }

        for (var round = 0; round < 15; round++)
        {
            var placement = await area.NewPlacementAsync(capacity: 1);
            var responses = await Task.WhenAll(people.Select(p => p.Client.PostAsync(CreateMutation(p.Person, placement: placement, hours: 10))));

            Assert.Single(responses, r => r.Errors.Count == 0);
            Assert.All(responses.Where(r => r.Errors.Count > 0), r => Assert.Equal("CONFLICT", r.SingleError().Code));
            Assert.Equal(1, await area.FilledAsync(placement));
        }
    }

    [Fact]
    public async Task A_partner_sees_only_the_display_name_and_the_flags_that_bear_on_the_work()
    {
        var person = await area.NewPersonAsync(riskFlags: ["VIOLENCE_TO_STAFF", "SEXUAL_OFFENCE"]);
        var toService = (await CreateAsync(person, service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        var toPlacement = (await CreateAsync(person, placement: await area.NewPlacementAsync(), hours: 12))["id"]!.GetValue<string>();

        var serviceView = await ReadAsync(_partner, toService);
        var placementView = await ReadAsync(_partner, toPlacement);
        var omView = await ReadAsync(_om, toService);

        Assert.Null(serviceView["person"]!["id"]);
        Assert.Equal($"Person {person}", serviceView["person"]!["displayName"]!.GetValue<string>());
        Assert.Equal(["VIOLENCE_TO_STAFF"], serviceView["person"]!["riskFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["VIOLENCE_TO_STAFF", "SEXUAL_OFFENCE"], placementView["person"]!["riskFlags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(person, omView["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_side_lists_only_its_own_referrals()
    {
        var person = await area.NewPersonAsync();
        var mine = (await CreateAsync(person, service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        var theirs = (await CreateAsync(person, service: ReferralArea.OtherService))["id"]!.GetValue<string>();

        var hostIds = await ListAsync(_partner);
        var otherIds = await ListAsync(area.CreateClient(ReferralArea.OtherPartner));
        var otherOmIds = await ListAsync(area.CreateClient(ReferralArea.OtherOffenderManager));

        Assert.Contains(mine, hostIds);
        Assert.DoesNotContain(theirs, hostIds);
        Assert.Contains(theirs, otherIds);
        Assert.DoesNotContain(mine, otherIds);
        Assert.DoesNotContain(mine, otherOmIds);
    }

    public static TheoryData<string, string, string> WrongActors => new()
    {
        { "OTHER_OM", "withdrawReferral", "{referralId: \"$id\", reason: \"x\"}" },
        { "OTHER_PARTNER", "acceptReferral", "{referralId: \"$id\"}" },
        { "OM", "acceptReferral", "{referralId: \"$id\"}" },
        { "PARTNER", "withdrawReferral", "{referralId: \"$id\", reason: \"x\"}" },
        { "COMMISSIONER", "acceptReferral", "{referralId: \"$id\"}" },
        { "ADMIN", "withdrawReferral", "{referralId: \"$id\", reason: \"x\"}" },
    };

    [Theory]
    [MemberData(nameof(WrongActors))]
    public async Task Only_the_organisation_referred_to_and_the_persons_offender_manager_act_on_a_referral(string who, string mutation, string input)
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        Caller caller = who switch
        {
            "OTHER_OM" => ReferralArea.OtherOffenderManager,
            "OTHER_PARTNER" => ReferralArea.OtherPartner,
            "OM" => ReferralArea.OffenderManager,
            "PARTNER" => ReferralArea.HostPartner,
            "COMMISSIONER" => new Caller(CallerRole.Commissioner, null, null),
            _ => ReferralArea.Admin,
        };

        var response = await area.CreateClient(caller).PostAsync($"mutation {{ {mutation}(input: {input.Replace("$id", id, StringComparison.Ordinal)}) {{ id }} }}");

        Assert.Equal("FORBIDDEN", response.SingleError().Code);
        Assert.Equal("PENDING", (await ReadAsync(_om, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_their_offender_manager_refers_a_person()
    {
        var person = await area.NewPersonAsync();

        var otherOm = await area.CreateClient(ReferralArea.OtherOffenderManager).PostAsync(CreateMutation(person, service: ReferralArea.HousingService));
        var partner = await _partner.PostAsync(CreateMutation(person, service: ReferralArea.HousingService));
        var anonymous = await area.CreateClient().PostAsync(CreateMutation(person, service: ReferralArea.HousingService));

        Assert.Equal("FORBIDDEN", otherOm.SingleError().Code);
        Assert.Equal("FORBIDDEN", partner.SingleError().Code);
        Assert.Equal("UNAUTHENTICATED", anonymous.SingleError().Code);
    }

    [Fact]
    public async Task Reading_another_organisations_referral_is_FORBIDDEN_and_an_unknown_one_is_null()
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), service: ReferralArea.HousingService))["id"]!.GetValue<string>();

        var other = await area.CreateClient(ReferralArea.OtherPartner).PostAsync($"{{ referral(id: \"{id}\") {{ id }} }}");
        var unknown = await _partner.DataAsync("{ referral(id: \"ref-does-not-exist\") { id } }");

        Assert.Equal("FORBIDDEN", other.SingleError().Code);
        Assert.Null(unknown["referral"]);
    }

    [Fact]
    public async Task Every_referral_write_is_in_the_audit_trail()
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), service: ReferralArea.HousingService))["id"]!.GetValue<string>();
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{id}\"}}");

        var data = await area.CreateClient(ReferralArea.Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}) {{ totalCount nodes {{ action actorRole actorId summary }} }} }}");

        var entries = data["auditTrail"]!["nodes"]!.AsArray();
        Assert.Equal(["REFERRAL_ACCEPTED", "REFERRAL_CREATED"], entries.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal([ReferralArea.HostOrganisation, ReferralArea.OffenderManager.PractitionerId], entries.Select(e => e!["actorId"]!.GetValue<string>()));
        Assert.Equal("PENDING -> ACCEPTED", entries[0]!["summary"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BadCreateInputs => new()
    {
        { "{personId: \"svc-1\", serviceId: \"svc-devon-housing\"}", "input.personId" },
        { "{personId: \"$person\", serviceId: \"plc-1\"}", "input.serviceId" },
        { "{personId: \"$person\", placementId: \"svc-devon-housing\", hoursOrdered: 10}", "input.placementId" },
        { "{personId: \"$person\"}", "input" },
        { "{personId: \"$person\", serviceId: \"svc-devon-housing\", placementId: \"plc-1\"}", "input" },
        { "{personId: \"$person\", placementId: \"$placement\"}", "input.hoursOrdered" },
        { "{personId: \"$person\", placementId: \"$placement\", hoursOrdered: 0}", "input.hoursOrdered" },
        { "{personId: \"$person\", placementId: \"$placement\", hoursOrdered: 301}", "input.hoursOrdered" },
        { "{personId: \"$person\", serviceId: \"svc-devon-housing\", hoursOrdered: 10}", "input.hoursOrdered" },
        { "{personId: \"$person\", serviceId: \"svc-devon-housing\", needs: [\"FLYING\"]}", "input.needs" },
        { "{personId: \"$person\", serviceId: \"svc-devon-housing\", note: \"$long\"}", "input.note" },
        { "{personId: \"per-nobody\", serviceId: \"svc-devon-housing\"}", "input.personId" },
        { "{personId: \"$person\", serviceId: \"svc-nothing\"}", "input.serviceId" },
        { "{personId: \"$person\", placementId: \"plc-nothing\", hoursOrdered: 10}", "input.placementId" },
    };

    [Theory]
    [MemberData(nameof(BadCreateInputs))]
    public async Task Bad_referral_input_is_refused_with_the_field_named(string input, string field)
    {
        var person = await area.NewPersonAsync();
        var placement = await area.NewPlacementAsync();
        var filled = input.Replace("$person", person, StringComparison.Ordinal).Replace("$placement", placement, StringComparison.Ordinal)
            .Replace("$long", new string('x', 1001), StringComparison.Ordinal);

        var response = await _om.PostAsync($"mutation {{ createReferral(input: {filled}) {{ id }} }}");

        var (code, actualField) = response.SingleError();
        Assert.Contains(code, new[] { "BAD_USER_INPUT", "NOT_FOUND" });
        Assert.Equal(field, actualField);
        Assert.Equal(0, await area.FilledAsync(placement));
    }

    public static TheoryData<string, string, string> BadStepInputs => new()
    {
        { "logHours", "{referralId: \"$id\", date: \"$today\", hours: 0}", "input.hours" },
        { "logHours", "{referralId: \"$id\", date: \"$today\", hours: 12.5}", "input.hours" },
        { "logHours", "{referralId: \"$id\", date: \"$today\", hours: 1.1}", "input.hours" },
        { "logHours", "{referralId: \"$id\", date: \"$tomorrow\", hours: 1}", "input.date" },
        { "logHours", "{referralId: \"$id\", date: \"2020-01-01\", hours: 1}", "input.date" },
        { "logAttendance", "{referralId: \"svc-1\", date: \"$today\", attended: true}", "input.referralId" },
        { "declineReferral", "{referralId: \"$id\", reason: \"   \"}", "input.reason" },
        { "completeReferral", "{referralId: \"$id\", outcome: \"$long\"}", "input.outcome" },
        { "acceptReferral", "{referralId: \"ref-nothing\"}", "input.referralId" },
    };

    [Theory]
    [MemberData(nameof(BadStepInputs))]
    public async Task Bad_step_input_is_refused_with_the_field_named(string mutation, string input, string field)
    {
        var id = (await CreateAsync(await area.NewPersonAsync(), placement: await area.NewPlacementAsync(), hours: 10))["id"]!.GetValue<string>();
        await StepAsync(_partner, "acceptReferral", $"{{referralId: \"{id}\"}}");
        var filled = input.Replace("$id", id, StringComparison.Ordinal).Replace("$today", Today, StringComparison.Ordinal)
            .Replace("$tomorrow", ReferralArea.UkDate(area.Clock.GetUtcNow()).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("$long", new string('x', 1001), StringComparison.Ordinal);

        var response = await _partner.PostAsync($"mutation {{ {mutation}(input: {filled}) {{ id }} }}");

        var (code, actualField) = response.SingleError();
        Assert.Contains(code, new[] { "BAD_USER_INPUT", "NOT_FOUND" });
        Assert.Equal(field, actualField);
        Assert.Equal("ACCEPTED", (await ReadAsync(_partner, id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_step_missing_a_required_field_fails_validation()
    {
        var response = await _partner.PostAsync("mutation { declineReferral(input: {referralId: \"ref-x\"}) { id } }");

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.SingleError().Code);
    }

    private string Today => area.Today;

    private static string CreateMutation(string person, string? service = null, string? placement = null, int? hours = null)
    {
        var target = service is not null ? $"serviceId: \"{service}\"" : $"placementId: \"{placement}\"";
        var ordered = hours is null ? "" : $", hoursOrdered: {hours}";
        return $"mutation {{ createReferral(input: {{personId: \"{person}\", {target}{ordered}, note: \"Keen to start\"}}) {{ {Fields} }} }}";
    }

    private async Task<JsonNode> CreateAsync(string person, string? service = null, string? placement = null, int? hours = null) =>
        (await _om.DataAsync(CreateMutation(person, service, placement, hours)))["createReferral"]!;

    private static async Task<JsonNode> StepAsync(GraphQLClient client, string mutation, string input) =>
        (await client.DataAsync($"mutation {{ {mutation}(input: {input}) {{ {Fields} }} }}"))[mutation]!;

    private static async Task<JsonNode> ReadAsync(GraphQLClient client, string id) =>
        (await client.DataAsync($"{{ referral(id: \"{id}\") {{ {Fields} }} }}"))["referral"]!;

    private static async Task<List<string>> ListAsync(GraphQLClient client) =>
        [.. (await client.DataAsync("{ referrals(first: 100) { nodes { id } } }"))["referrals"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];

    private async Task<int> BridgingTiesAsync(string person) =>
        (await _om.DataAsync($"{{ connect(input: {{personId: \"{person}\", first: 1}}) {{ socialCapital {{ bridgingCount }} }} }}"))["connect"]!["socialCapital"]!["bridgingCount"]!.GetValue<int>();
}
