using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;
using Rehab.Graph.Tokens;
using static Rehab.Graph.Api.Tests.ImmediateJusticeTests;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Partner coordinators: a partner user with the IJ_COORDINATOR duty coordinates Immediate Justice cases for their
/// organisation, whose coordinators share its cases, exactly as an offender manager does for their own.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class ImmediateJusticeCoordinatorTests(ReferralArea area)
{
    /// <summary>Not the host of the area's placements, so what it sees of a booking it sees as coordinator, not as host.</summary>
    private static readonly string CoordinatingOrganisation = ReferralArea.OtherOrganisation;

    private static readonly Caller CoordinatorA = new(CallerRole.Partner, null, CoordinatingOrganisation, "a.coord@exe.example", CallerDuty.IjCoordinator);
    private static readonly Caller CoordinatorB = CoordinatorA with { Subject = "b.coord@exe.example" };
    private static readonly Caller OtherCoordinator = new(CallerRole.Partner, null, ReferralArea.HostOrganisation, "host.coord@devon.example", CallerDuty.IjCoordinator);
    private static readonly Caller PlainPartner = CoordinatorA with { Duty = null };

    private readonly GraphQLClient _police = area.CreateClient(Police);
    private readonly GraphQLClient _coordinatorA = area.CreateClient(CoordinatorA);
    private readonly GraphQLClient _coordinatorB = area.CreateClient(CoordinatorB);
    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);

    [Fact]
    public async Task A_partner_coordinator_takes_a_case_from_the_queue_and_its_organisation_works_it_through_to_booking()
    {
        var id = await ReferAsync();
        Assert.Contains(id, await QueueAsync(_coordinatorA));

        var taken = await StepAsync(_coordinatorA, "takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
        Assert.Equal(CoordinatingOrganisation, taken["coordinatorId"]!.GetValue<string>());
        var personId = taken["personId"]!.GetValue<string>();

        // A colleague with the duty works the same case: the organisation coordinates it, not the user who took it.
        await StepAsync(_coordinatorB, "recordCaseContact", $"{{caseId: \"{id}\", note: \"Spoke by phone\"}}");
        await StepAsync(_coordinatorA, "recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}");
        await area.NewPlacementAsync(kmNorth: 2);
        var connected = await _coordinatorA.DataAsync($"{{ connect(input: {{personId: \"{personId}\"}}) {{ placements {{ placement {{ id }} distanceKm }} }} }}");
        var placement = connected["connect"]!["placements"]![0]!["placement"]!["id"]!.GetValue<string>();
        var filled = await area.FilledAsync(placement);

        var booked = await StepAsync(_coordinatorB, "bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{placement}\"}}");
        Assert.Equal("BOOKED", booked["status"]!.GetValue<string>());
        Assert.Equal("PENDING", booked["referral"]!["status"]!.GetValue<string>());
        Assert.Equal(filled + 1, await area.FilledAsync(placement));
        var briefed = await StepAsync(_coordinatorA, "recordSafetyBriefing", $"{{caseId: \"{id}\"}}");
        Assert.NotNull(briefed["briefedAt"]);

        var read = (await _coordinatorB.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ personId referral {{ id person {{ id }} }} }} }}"))["immediateJusticeCase"]!;
        Assert.Equal(personId, read["personId"]!.GetValue<string>());
        Assert.Equal(personId, read["referral"]!["person"]!["id"]!.GetValue<string>());
        Assert.Contains(id, await QueueAsync(_coordinatorB));
        Assert.DoesNotContain(id, await QueueAsync(_om));

        var trail = await area.CreateClient(ReferralArea.Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}, first: 20) {{ nodes {{ actorRole actorId action }} }} }}");
        var entries = trail["auditTrail"]!["nodes"]!.AsArray().Select(e => $"{e!["action"]} {e["actorRole"]} {e["actorId"]}").ToList();
        Assert.Contains($"CASE_TAKEN PARTNER {CoordinatorA.Subject}", entries);
        Assert.Contains($"CASE_CONTACTED PARTNER {CoordinatorB.Subject}", entries);
        Assert.Contains($"CASE_BOOKED PARTNER {CoordinatorB.Subject}", entries);
        var connectRead = await area.CreateClient(ReferralArea.Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{personId}\", action: \"PERSON_READ\"}}) {{ nodes {{ actorId }} }} }}");
        Assert.Equal(CoordinatorA.Subject, Assert.Single(connectRead["auditTrail"]!["nodes"]!.AsArray())!["actorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_organisations_coordinator_a_partner_without_the_duty_and_offender_managers_are_FORBIDDEN_on_a_partners_case()
    {
        var id = await ReferAsync();
        var personId = (await StepAsync(_coordinatorA, "takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"))["personId"]!.GetValue<string>();
        var placement = await area.NewPlacementAsync();

        foreach (var outsider in new[] { OtherCoordinator, PlainPartner, ReferralArea.OffenderManager })
        {
            var client = area.CreateClient(outsider);
            var codes = new[]
            {
                (await client.PostAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ id }} }}")).SingleError().Code,
                (await client.PostAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"))).SingleError().Code,
                (await client.PostAsync(Mutation("recordCaseContact", $"{{caseId: \"{id}\"}}"))).SingleError().Code,
                (await client.PostAsync(Mutation("recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}"))).SingleError().Code,
                (await client.PostAsync(Mutation("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{placement}\"}}"))).SingleError().Code,
                (await client.PostAsync(Mutation("recordSafetyBriefing", $"{{caseId: \"{id}\"}}"))).SingleError().Code,
                (await client.PostAsync($"{{ connect(input: {{personId: \"{personId}\"}}) {{ placements {{ score }} }} }}")).SingleError().Code,
            };
            Assert.All(codes, code => Assert.Equal("FORBIDDEN", code));
        }

        Assert.DoesNotContain(id, await QueueAsync(area.CreateClient(OtherCoordinator)));
        Assert.Equal("FORBIDDEN", (await area.CreateClient(PlainPartner).PostAsync("{ immediateJusticeCases { id } }")).SingleError().Code);
        Assert.Equal(0, await area.FilledAsync(placement));
        var untouched = (await _coordinatorA.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ status coordinatorId }} }}"))["immediateJusticeCase"]!;
        Assert.Equal("REFERRED", untouched["status"]!.GetValue<string>());
        Assert.Equal(CoordinatingOrganisation, untouched["coordinatorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_partner_coordinator_is_FORBIDDEN_on_an_offender_managers_case_and_its_person_and_may_not_refer_outside_a_booking()
    {
        var omCase = await ReferAsync();
        var omPerson = (await StepAsync(_om, "takeImmediateJusticeCase", $"{{caseId: \"{omCase}\"}}"))["personId"]!.GetValue<string>();
        var ownCase = await ReferAsync();
        var ownPerson = (await StepAsync(_coordinatorA, "takeImmediateJusticeCase", $"{{caseId: \"{ownCase}\"}}"))["personId"]!.GetValue<string>();

        var onOmCase = await _coordinatorA.PostAsync(Mutation("recordCaseContact", $"{{caseId: \"{omCase}\"}}"));
        var readOmCase = await _coordinatorA.PostAsync($"{{ immediateJusticeCase(id: \"{omCase}\") {{ id }} }}");
        var connectOmPerson = await _coordinatorA.PostAsync($"{{ connect(input: {{personId: \"{omPerson}\"}}) {{ placements {{ score }} }} }}");
        var createReferral = await _coordinatorA.PostAsync($"mutation {{ createReferral(input: {{personId: \"{ownPerson}\", serviceId: \"{ReferralArea.HousingService}\"}}) {{ id }} }}");
        var personRecord = await _coordinatorA.PostAsync($"{{ person(id: \"{ownPerson}\") {{ id }} }}");

        Assert.Equal("FORBIDDEN", onOmCase.SingleError().Code);
        Assert.Equal("FORBIDDEN", readOmCase.SingleError().Code);
        Assert.Equal("FORBIDDEN", connectOmPerson.SingleError().Code);
        Assert.Equal("FORBIDDEN", createReferral.SingleError().Code);
        Assert.Equal("FORBIDDEN", personRecord.SingleError().Code);
        Assert.DoesNotContain(omCase, await QueueAsync(_coordinatorA));
        Assert.Contains(ownCase, await QueueAsync(_coordinatorA));
    }

    [Fact]
    public async Task A_declined_or_withdrawn_booking_gives_the_case_back_to_book_again_and_only_its_coordinator_withdraws()
    {
        var id = await ReferAsync();
        await StepAsync(_coordinatorA, "takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
        await StepAsync(_coordinatorA, "recordCaseContact", $"{{caseId: \"{id}\"}}");
        await StepAsync(_coordinatorA, "recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}");
        var first = await area.NewPlacementAsync();
        var declined = (await StepAsync(_coordinatorA, "bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{first}\"}}"))["referral"]!["id"]!.GetValue<string>();

        await area.CreateClient(ReferralArea.HostPartner).DataAsync($"mutation {{ declineReferral(input: {{referralId: \"{declined}\", reason: \"No supervisor this week\"}}) {{ id }} }}");

        var released = await CaseAsync(id);
        Assert.Equal(("ASSESSED", 0), (released["status"]!.GetValue<string>(), await area.FilledAsync(first)));
        Assert.Null(released["referral"]);
        // The person was told where and when; now they are told not to go, on each of their channels.
        Assert.Equal(["EMAIL", "TEXT"], await CancellationsAsync(first));
        var second = await area.NewPlacementAsync();
        var rebooked = await StepAsync(_coordinatorB, "bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{second}\"}}");
        Assert.Equal("BOOKED", rebooked["status"]!.GetValue<string>());
        var booking = rebooked["referral"]!["id"]!.GetValue<string>();

        var withdraw = $"mutation {{ withdrawReferral(input: {{referralId: \"{booking}\", reason: \"Moved away\"}}) {{ status }} }}";
        Assert.Equal("FORBIDDEN", (await area.CreateClient(OtherCoordinator).PostAsync(withdraw)).SingleError().Code);
        Assert.Equal("WITHDRAWN", (await _coordinatorA.DataAsync(withdraw))["withdrawReferral"]!["status"]!.GetValue<string>());
        Assert.Equal(("ASSESSED", 0), ((await CaseAsync(id))["status"]!.GetValue<string>(), await area.FilledAsync(second)));
        Assert.Equal(["EMAIL", "TEXT"], await CancellationsAsync(second));
        Assert.Equal(2, await ReferrerToldAsync($"Immediate Justice case {id}: being booked again"));
    }

    [Theory]
    [InlineData("PARTNER")]
    [InlineData("OFFENDER_MANAGER")]
    public async Task A_coordinator_the_hub_does_not_know_is_FORBIDDEN_to_take_a_case_and_nothing_is_written(string role)
    {
        var id = await ReferAsync();
        var unknown = role == "PARTNER"
            ? new Caller(CallerRole.Partner, null, "org-nobody", "ghost@nowhere.example", CallerDuty.IjCoordinator)
            : new Caller(CallerRole.OffenderManager, "prc-nobody", null, "ghost@nowhere.example");

        var response = await area.CreateClient(unknown).PostAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"));

        Assert.Equal("FORBIDDEN", response.SingleError().Code);
        Assert.Contains(id, await QueueAsync(_coordinatorA));
        var audit = await area.CreateClient(ReferralArea.Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\", action: \"CASE_TAKEN\"}}) {{ totalCount }} }}");
        Assert.Equal(0, audit["auditTrail"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_duty_the_hub_does_not_know_grants_nothing_extra()
    {
        var id = await ReferAsync();
        var client = area.CreateClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PartnerToken(duty: "IJ_SUPERVISOR"));

        var queue = await client.PostAsync("{ immediateJusticeCases { id } }");
        var take = await client.PostAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"));
        var listings = await client.PostAsync($"{{ referrals {{ totalCount }} }}");

        Assert.Equal("FORBIDDEN", queue.SingleError().Code);
        Assert.Equal("FORBIDDEN", take.SingleError().Code);
        listings.AssertNoErrors();
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "takeImmediateJusticeCase", "{caseId: \"ijc-no-such-case\"}", "NOT_FOUND", "input.caseId" },
        { "recordCaseContact", "{caseId: \"ref-123\"}", "BAD_USER_INPUT", "input.caseId" },
        { "bookImmediateJusticePlacement", "{caseId: \"plc-1\", placementId: \"plc-1\"}", "BAD_USER_INPUT", "input.caseId" },
        { "bookImmediateJusticePlacement", "{caseId: \"ijc-no-such-case\", placementId: \"plc-1\"}", "NOT_FOUND", "input.caseId" },
        { "bookImmediateJusticePlacement", "{caseId: \"$case\", placementId: \"svc-devon-housing\"}", "BAD_USER_INPUT", "input.placementId" },
        { "bookImmediateJusticePlacement", "{caseId: \"$case\", placementId: \"plc-no-such-placement\"}", "NOT_FOUND", "input.placementId" },
        { "bookImmediateJusticePlacement", "{caseId: \"$case\", placementId: \"$far\"}", "BAD_USER_INPUT", "input.placementId" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_from_a_partner_coordinator_is_refused_with_the_field_named(string mutation, string input, string code, string field)
    {
        if (input.Contains("$case", StringComparison.Ordinal))
        {
            var id = await ReferAsync();
            await StepAsync(_coordinatorA, "takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
            await StepAsync(_coordinatorA, "recordCaseContact", $"{{caseId: \"{id}\"}}");
            await StepAsync(_coordinatorA, "recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}");
            input = input.Replace("$case", id, StringComparison.Ordinal).Replace("$far", await area.NewPlacementAsync(kmNorth: 12), StringComparison.Ordinal);
        }

        var response = await _coordinatorA.PostAsync(Mutation(mutation, input));

        Assert.Equal((code, field), response.SingleError());
    }

    /// <summary>Each case has channels of its own, so these tests' messages never count towards another test's.</summary>
    private async Task<string> ReferAsync() =>
        (await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput("email: \"coord-test@example.org\"; phone: \"07700900555\""))))["referForImmediateJustice"]!["id"]!.GetValue<string>();

    /// <summary>The channels the cancellation of a booking at this placement went out on; its title names the placement.</summary>
    private async Task<IReadOnlyList<string>> CancellationsAsync(string placementId) =>
        (await area.Cypher.RunAsync(new Rehab.Graph.Neo4j.Client.CypherStatement("test: cancellations", """
            MATCH (m:OutboxMessage {subject: 'Your Immediate Justice placement is cancelled'}) WHERE m.body CONTAINS ('Test placement ' + $id + ' (')
            RETURN m.channel AS channel ORDER BY channel
            """, new Dictionary<string, object?> { ["id"] = placementId }))).Read<string>("channel");

    private async Task<int> ReferrerToldAsync(string subject) =>
        (await area.Cypher.RunAsync(new Rehab.Graph.Neo4j.Client.CypherStatement("test: told the referrer", """
            MATCH (m:OutboxMessage {subject: $subject, channel: 'EMAIL'}) RETURN count(m) AS told
            """, new Dictionary<string, object?> { ["subject"] = subject }))).Single<int>("told");

    private async Task<JsonNode> CaseAsync(string id) =>
        (await _coordinatorA.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ {CaseFields} }} }}"))["immediateJusticeCase"]!;

    private static async Task<JsonNode> StepAsync(GraphQLClient client, string name, string input) => (await client.DataAsync(Mutation(name, input)))[name]!;

    private static async Task<IReadOnlyList<string>> QueueAsync(GraphQLClient client) =>
        [.. (await client.DataAsync("{ immediateJusticeCases { id } }"))["immediateJusticeCases"]!.AsArray().Select(c => c!["id"]!.GetValue<string>())];

    /// <summary>A partner token as a newer identity provider might issue it, with a duty this hub does not know.</summary>
    private static string PartnerToken(string duty) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = new AuthOptions().Issuer,
        Audience = new AuthOptions().Audience,
        Claims = new Dictionary<string, object>
        {
            [TokenIssuer.RoleClaim] = "PARTNER",
            [TokenIssuer.OrganisationClaim] = CoordinatingOrganisation,
            [TokenIssuer.DutyClaim] = duty,
        },
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(TokenIssuer.Key(HubFactory.SigningKey), SecurityAlgorithms.HmacSha256),
    });
}
