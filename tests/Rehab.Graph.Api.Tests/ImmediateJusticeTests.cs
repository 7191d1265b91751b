using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>The Immediate Justice route end to end: referral, coordination, booking near home, briefing, hours, certificate.</summary>
[Collection(ReferralArea.Collection)]
public sealed class ImmediateJusticeTests(ReferralArea area)
{
    public static readonly Caller Police = new(CallerRole.Referrer, null, ReferralArea.OtherOrganisation);

    internal const string CaseFields = "id status personId personDisplayName hours hoursDone referredAt dueBy hoursLeftOnClock contactedAt firstSessionAt briefedAt certificateCode coordinatorId attention referral { id status }";

    private readonly GraphQLClient _police = area.CreateClient(Police);
    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task A_case_goes_from_referral_to_certificate_within_the_route()
    {
        var referred = await ReferAsync();
        var id = referred["id"]!.GetValue<string>();
        Assert.Equal("REFERRED", referred["status"]!.GetValue<string>());
        Assert.Equal(48, (referred["dueBy"]!.GetValue<DateTime>() - referred["referredAt"]!.GetValue<DateTime>()).TotalHours, precision: 3);
        Assert.Null(referred["personId"]);

        var taken = await StepAsync("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
        var personId = taken["personId"]!.GetValue<string>();
        Assert.Equal("CONFLICT", (await _om.PostAsync(Mutation("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{await area.NewPlacementAsync()}\"}}"))).SingleError().Code);
        await StepAsync("recordCaseContact", $"{{caseId: \"{id}\", note: \"Spoke by phone\"}}");
        await StepAsync("recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: [\"NO_CONTACT_CHILDREN\"]}}");

        var childFacing = await area.NewPlacementAsync(childFacing: true);
        var refused = await _om.PostAsync(Mutation("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{childFacing}\"}}"));
        Assert.Equal(("BAD_USER_INPUT", "input.placementId"), refused.SingleError());

        var placement = await area.NewPlacementAsync();
        var booked = await StepAsync("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{placement}\"}}");
        Assert.Equal("BOOKED", booked["status"]!.GetValue<string>());
        Assert.True(booked["firstSessionAt"]!.GetValue<DateTime>() <= booked["dueBy"]!.GetValue<DateTime>());
        Assert.Empty(booked["attention"]!.AsArray());
        Assert.Equal(2, await MessagesAsync("Your Immediate Justice placement", ["jo@example.org", "07700900123"]));
        var referralId = booked["referral"]!["id"]!.GetValue<string>();

        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referralId}\"}}) {{ id }} }}");
        var unbriefed = await _partner.PostAsync($"mutation {{ logHours(input: {{referralId: \"{referralId}\", date: \"{Today}\", hours: 3}}) {{ id }} }}");
        Assert.Equal("CONFLICT", unbriefed.SingleError().Code);
        await StepAsync("recordSafetyBriefing", $"{{caseId: \"{id}\"}}");
        await _partner.DataAsync($"mutation {{ logHours(input: {{referralId: \"{referralId}\", date: \"{Today}\", hours: 6}}) {{ id }} }}");
        await _partner.DataAsync($"mutation {{ completeReferral(input: {{referralId: \"{referralId}\", outcome: \"Fence painted\"}}) {{ id }} }}");

        var done = (await _police.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ {CaseFields} }} }}"))["immediateJusticeCase"]!;
        Assert.Equal("COMPLETED", done["status"]!.GetValue<string>());
        Assert.Equal(6, done["hoursDone"]!.GetValue<double>());
        Assert.Null(done["personId"]);
        Assert.Null(done["referral"]);
        var code = done["certificateCode"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{32}$", code);
        Assert.Equal(1, await MessagesAsync($"Immediate Justice case {id} completed", ["court-liaison@police.example"]));
        Assert.Equal(1, await MessagesAsync("Your certificate of completion", ["jo@example.org"], certificateCode: code));
        Assert.True(await area.TieAsync(personId, "COMPLETED", placement));
        Assert.Equal(0, await MessagesAsync($"Your referral to Test placement {placement} is accepted", ["jo@example.org", "07700900123"]));
        var snapshot = (await area.Cypher.RunAsync(new CypherStatement("test: snapshots", "MATCH (:Person {id: $id})-[:HAS_SNAPSHOT]->(s) RETURN s.occasion + ' ' + s.referralId + ' ' + toString(s.linking) AS s",
            new Dictionary<string, object?> { ["id"] = personId }))).Read<string>("s");
        Assert.Equal([$"REFERRAL_COMPLETED {referralId} 1"], snapshot);
        Assert.Equal(
            [$"Immediate Justice case {id} completed", $"Immediate Justice case {id}: person contacted", $"Immediate Justice case {id}: placement booked",
             $"Immediate Justice case {id}: risk assessed", $"Immediate Justice case {id}: taken by a coordinator"],
            await SubjectsToAsync("court-liaison@police.example", id));
        var verify = $"http://localhost:5080/verify/{code}";
        var told = await BodiesAsync("Your certificate of completion", ["jo@example.org", "07700900123"]);
        Assert.Contains("attached to this e-mail", told["EMAIL"], StringComparison.Ordinal);
        Assert.DoesNotContain("attached", told["TEXT"], StringComparison.Ordinal);
        Assert.All(told.Values, body => Assert.EndsWith(verify, body, StringComparison.Ordinal));
        Assert.EndsWith(verify, (await BodiesAsync($"Immediate Justice case {id} completed", ["court-liaison@police.example"]))["EMAIL"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_placement_farther_from_home_than_connect_looks_is_refused_and_nothing_is_written()
    {
        var id = await AssessedCaseAsync();
        var far = await area.NewPlacementAsync(kmNorth: 10.5);
        var auditBefore = await AuditEntriesAsync(id);

        var refused = await _om.PostAsync(Mutation("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{far}\"}}"));

        Assert.Equal(("BAD_USER_INPUT", "input.placementId"), refused.SingleError());
        var message = refused.Errors[0]["message"]!.GetValue<string>();
        Assert.Contains("10.5 km", message, StringComparison.Ordinal);
        Assert.Contains("within 10 km", message, StringComparison.Ordinal);
        Assert.Equal(0, await area.FilledAsync(far));
        Assert.Equal(0, await ReferralsToAsync(far));
        Assert.Equal(auditBefore, await AuditEntriesAsync(id));
        var unchanged = (await _om.DataAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ status referral {{ id }} }} }}"))["immediateJusticeCase"]!;
        Assert.Equal("ASSESSED", unchanged["status"]!.GetValue<string>());
        Assert.Null(unchanged["referral"]);

        var near = await area.NewPlacementAsync(kmNorth: 9.5);
        var booked = await StepAsync("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{near}\"}}");
        Assert.Equal("BOOKED", booked["status"]!.GetValue<string>());
        Assert.Equal(1, await area.FilledAsync(near));
    }

    [Fact]
    public async Task A_case_nobody_contacts_or_books_in_time_is_listed_for_the_coordinator()
    {
        var id = (await ReferAsync())["id"]!.GetValue<string>();
        await area.Cypher.RunAsync(new CypherStatement("test: age a case", "MATCH (c:ImmediateJusticeCase {id: $id}) SET c.referredAt = $at",
            new Dictionary<string, object?> { ["id"] = id, ["at"] = area.Clock.GetUtcNow().UtcDateTime.AddDays(-3).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'") }));
        var onTrack = (await ReferAsync())["id"]!.GetValue<string>();

        var queue = (await _om.DataAsync($"{{ immediateJusticeCases(needsAttention: true) {{ id attention hoursLeftOnClock }} }}"))["immediateJusticeCases"]!.AsArray();

        var late = Assert.Single(queue, c => c!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(["CONTACT_OVERDUE", "PAST_48_HOURS"], late["attention"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.True(late["hoursLeftOnClock"]!.GetValue<double>() < 0);
        Assert.DoesNotContain(queue, c => c!["id"]!.GetValue<string>() == onTrack);
    }

    [Fact]
    public async Task A_taken_case_belongs_to_its_coordinator()
    {
        var id = (await ReferAsync())["id"]!.GetValue<string>();
        await StepAsync("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");

        var other = area.CreateClient(ReferralArea.OtherOffenderManager);
        var takeAgain = await _om.PostAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"));
        var otherTakes = await other.PostAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}"));
        var otherReads = await other.PostAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ id }} }}");
        var otherReferrer = await area.CreateClient(new Caller(CallerRole.Referrer, null, ReferralArea.HostOrganisation)).PostAsync($"{{ immediateJusticeCase(id: \"{id}\") {{ id }} }}");

        Assert.Equal("CONFLICT", takeAgain.SingleError().Code);
        Assert.Equal("FORBIDDEN", otherTakes.SingleError().Code);
        Assert.Equal("FORBIDDEN", otherReads.SingleError().Code);
        Assert.Equal("FORBIDDEN", otherReferrer.SingleError().Code);
    }

    [Fact]
    public async Task A_referrer_follows_its_case_but_not_who_delivers_it_or_where_and_when_the_person_goes()
    {
        var referred = await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput("email: \"follow@example.org\"; phone: \"07700900321\"")));
        var id = referred["referForImmediateJustice"]!["id"]!.GetValue<string>();
        await StepAsync("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
        await StepAsync("recordCaseContact", $"{{caseId: \"{id}\"}}");
        await StepAsync("recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}");
        await StepAsync("bookImmediateJusticePlacement", $"{{caseId: \"{id}\", placementId: \"{await area.NewPlacementAsync()}\"}}");
        var read = $"{{ immediateJusticeCase(id: \"{id}\") {{ status hours hoursDone dueBy sessionsMissed coordinatorId personId firstSessionAt referral {{ id }} }} }}";

        var asReferrer = (await _police.DataAsync(read))["immediateJusticeCase"]!;
        var asCoordinator = (await _om.DataAsync(read))["immediateJusticeCase"]!;

        Assert.Equal(("BOOKED", 6, 0), (asReferrer["status"]!.GetValue<string>(), asReferrer["hours"]!.GetValue<int>(), asReferrer["sessionsMissed"]!.GetValue<int>()));
        Assert.All(new[] { "coordinatorId", "personId", "firstSessionAt", "referral" }, f => Assert.Null(asReferrer[f]));
        Assert.Equal(ReferralArea.OffenderManager.PractitionerId, asCoordinator["coordinatorId"]!.GetValue<string>());
        Assert.All(new[] { "personId", "firstSessionAt", "referral" }, f => Assert.NotNull(asCoordinator[f]));
    }

    public static TheoryData<string, string> BadReferrals => new()
    {
        { "hours: 0", "input.hours" },
        { "hours: 41", "input.hours" },
        { "email: \"not-an-email\"", "input.email" },
        { "phone: \"call me\"", "input.phone" },
        { "displayName: \"  \"", "input.displayName" },
        { "offenceSummary: \"$long\"", "input.offenceSummary" },
        { "referrerEmail: \"nobody\"", "input.referrerEmail" },
        { "birthYear: 1850", "input.birthYear" },
        { "home: {latitude: 91, longitude: 0}", "input.home.latitude" },
        { "email: null; phone: null", "input" },
    };

    [Theory]
    [MemberData(nameof(BadReferrals))]
    public async Task Bad_referral_input_is_refused_with_the_field_named(string change, string field)
    {
        var response = await _police.PostAsync(Mutation("referForImmediateJustice", ReferralInput(change.Replace("$long", new string('x', 1001), StringComparison.Ordinal))));

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
    }

    [Fact]
    public async Task A_case_id_of_the_wrong_kind_is_refused()
    {
        var response = await _om.PostAsync(Mutation("recordCaseContact", "{caseId: \"ref-123\"}"));

        Assert.Equal(("BAD_USER_INPUT", "input.caseId"), response.SingleError());
    }

    private string Today => area.Today;

    internal static string ReferralInput(string change = "")
    {
        var fields = new Dictionary<string, string>
        {
            ["displayName"] = "\"J. Doe\"",
            ["gender"] = "FEMALE",
            ["home"] = $"{{latitude: {ReferralArea.Lat}, longitude: {ReferralArea.Lon}}}",
            ["email"] = "\"jo@example.org\"",
            ["phone"] = "\"07700900123\"",
            ["offenceSummary"] = "\"Graffiti on a bus shelter\"",
            ["hours"] = "6",
            ["referrerEmail"] = "\"court-liaison@police.example\"",
        };
        foreach (var part in change.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            fields[part[..colon]] = part[(colon + 1)..].Trim();
        }

        return "{" + string.Join(", ", fields.Select(f => $"{f.Key}: {f.Value}")) + "}";
    }

    internal static string Mutation(string name, string input) => $"mutation {{ {name}(input: {input}) {{ {CaseFields} }} }}";

    private async Task<JsonNode> ReferAsync() => (await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput())))["referForImmediateJustice"]!;

    private async Task<JsonNode> StepAsync(string name, string input) => (await _om.DataAsync(Mutation(name, input)))[name]!;

    /// <summary>A new case the offender manager has taken, contacted and assessed: ready to book. Its own channels keep its messages apart from the other tests'.</summary>
    private async Task<string> AssessedCaseAsync()
    {
        var referred = await _police.DataAsync(Mutation("referForImmediateJustice", ReferralInput("email: \"sam@example.org\"; phone: \"07700900987\"")));
        var id = referred["referForImmediateJustice"]!["id"]!.GetValue<string>();
        await StepAsync("takeImmediateJusticeCase", $"{{caseId: \"{id}\"}}");
        await StepAsync("recordCaseContact", $"{{caseId: \"{id}\"}}");
        await StepAsync("recordRiskAssessment", $"{{caseId: \"{id}\", riskOfHarm: LOW, riskFlags: []}}");
        return id;
    }

    private async Task<int> ReferralsToAsync(string placementId) =>
        (await area.Cypher.RunAsync(new CypherStatement("test: referrals to", "MATCH (:Referral)-[:TO]->(:Placement {id: $id}) RETURN count(*) AS referrals",
            new Dictionary<string, object?> { ["id"] = placementId })))
        .Single<int>("referrals");

    private async Task<int> AuditEntriesAsync(string caseId) =>
        (await area.Cypher.RunAsync(new CypherStatement("test: audit of a case", "MATCH (:AuditTarget {id: $id})-[:HAS_AUDIT_ENTRY]->(a) RETURN count(a) AS entries",
            new Dictionary<string, object?> { ["id"] = caseId })))
        .Single<int>("entries");

    /// <summary>The subjects of the messages to <paramref name="recipient"/> about case <paramref name="caseId"/>, in order.</summary>
    private async Task<List<string>> SubjectsToAsync(string recipient, string caseId) =>
        [.. (await area.Cypher.RunAsync(new CypherStatement("test: outbox subjects", """
            MATCH (m:OutboxMessage) WHERE m.recipient = $recipient AND m.subject CONTAINS $caseId
            RETURN m.subject AS subject ORDER BY m.subject
            """, new Dictionary<string, object?> { ["recipient"] = recipient, ["caseId"] = caseId })))
        .Read<string>("subject")];

    /// <summary>The bodies of the messages with <paramref name="subject"/> to <paramref name="recipients"/>, by channel.</summary>
    private async Task<Dictionary<string, string>> BodiesAsync(string subject, string[] recipients) =>
        (await area.Cypher.RunAsync(new CypherStatement("test: outbox bodies", """
            MATCH (m:OutboxMessage) WHERE m.subject = $subject AND m.recipient IN $recipients
            RETURN m.channel AS channel, m.body AS body
            """, new Dictionary<string, object?> { ["subject"] = subject, ["recipients"] = recipients })))
        .Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetString()!);

    private async Task<int> MessagesAsync(string subject, string[] recipients, string? certificateCode = null) =>
        (await area.Cypher.RunAsync(new CypherStatement("test: outbox", """
            MATCH (m:OutboxMessage) WHERE m.subject = $subject AND m.recipient IN $recipients AND ($code IS NULL OR m.certificateCode = $code)
            RETURN count(m) AS messages
            """, new Dictionary<string, object?> { ["subject"] = subject, ["recipients"] = recipients, ["code"] = certificateCode })))
        .Single<int>("messages");
}
