using System.Text.Json.Nodes;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Records that must be right: sessions counted once, dated when they could have happened, needs the person has,
/// and the referrals someone should look at. The hub's clock is the area's (a Wednesday, 12:00 UTC), so every date is
/// chosen, not today's.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class ReferralRecordTests(ReferralArea area)
{
    private const string Fields = "id status hoursDone sessionsAttended sessionsMissed attention needs { code } history { action date hours attended correctionReason }";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task One_session_counts_once_whatever_is_logged_against_it()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(), acceptedDaysAgo: 2);

        await StepAsync("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: true}}");
        await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", hours: 2}}");
        var twice = await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", hours: 3}}");
        Assert.Equal((1, 0, 5.0), Counts(twice));

        await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(0)}\", hours: 4}}");
        var attendanceAfterHours = await StepAsync("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(0)}\", attended: true}}");
        Assert.Equal((2, 0, 9.0), Counts(attendanceAfterHours));
    }

    [Fact]
    public async Task Hours_for_a_missed_session_and_a_second_attendance_record_are_CONFLICTs()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(), acceptedDaysAgo: 2);
        await StepAsync("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: false}}");

        var hours = await _partner.PostAsync(Mutation("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", hours: 2}}"));
        var attended = await _partner.PostAsync(Mutation("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: true}}"));
        var missedAgain = await _partner.PostAsync(Mutation("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: false}}"));

        Assert.Equal("CONFLICT", hours.SingleError().Code);
        Assert.Contains($"session on {area.Day(-1)} is recorded as missed", Message(hours), StringComparison.Ordinal);
        Assert.Equal("CONFLICT", attended.SingleError().Code);
        Assert.Equal("CONFLICT", missedAgain.SingleError().Code);
        Assert.Contains("already recorded as missed", Message(missedAgain), StringComparison.Ordinal);
        Assert.Equal((0, 1, 0.0), Counts(await ReadAsync(id)));
    }

    [Fact]
    public async Task Entries_for_one_session_sent_at_once_count_it_once()
    {
        for (var round = 0; round < 5; round++)
        {
            var id = await AcceptedAsync(await area.NewPlacementAsync(), acceptedDaysAgo: 1);
            var input = $"{{referralId: \"{id}\", date: \"{area.Day(0)}\", hours: 1}}";

            var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _partner.PostAsync(Mutation("logHours", input))));

            Assert.All(responses, r => r.AssertNoErrors());
            Assert.Equal((1, 0, 4.0), Counts(await ReadAsync(id)));
        }
    }

    [Fact]
    public async Task Attendance_dated_before_the_referral_was_accepted_is_refused()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(), acceptedDaysAgo: 0);

        var response = await _partner.PostAsync(Mutation("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-30)}\", attended: true}}"));

        Assert.Equal(("BAD_USER_INPUT", "input.date"), response.SingleError());
        Assert.Contains($"accepted on {area.Day(0)}", Message(response), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0.0), Counts(await ReadAsync(id)));
    }

    [Fact]
    public async Task Hours_on_a_day_the_placement_does_not_run_are_refused_saying_when_it_runs()
    {
        var placement = await area.NewPlacementAsync(sessions: ["Thu 09:00-15:00"]);
        var id = await AcceptedAsync(placement, acceptedDaysAgo: 8);

        var sunday = await _partner.PostAsync(Mutation("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-3)}\", hours: 3}}"));
        var thursday = await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-6)}\", hours: 6}}");

        Assert.Equal(("BAD_USER_INPUT", "input.date"), sunday.SingleError());
        Assert.Contains($"{placement} runs on Thursdays 09:00-15:00", Message(sunday), StringComparison.Ordinal);
        Assert.Equal((1, 0, 6.0), Counts(thursday));
    }

    [Fact]
    public async Task Hours_are_refused_until_the_session_has_started_and_a_session_holds_no_more_hours_than_it_lasts()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(sessions: ["Thu 09:00-15:00"]), acceptedDaysAgo: 8);
        var thursday = area.Day(1);
        var input = $"{{referralId: \"{id}\", date: \"{thursday}\", hours: 3}}";

        var early = await area.AtAsync(area.Clock.Now.AddDays(1).AddHours(-8.5), () => _partner.PostAsync(Mutation("logHours", input)));
        var started = await area.AtAsync(area.Clock.Now.AddDays(1).AddHours(-2.5), () => StepAsync("logHours", input));
        var tooLong = await area.AtAsync(area.Clock.Now.AddDays(1), () => _partner.PostAsync(Mutation("logHours", $"{{referralId: \"{id}\", date: \"{thursday}\", hours: 3.5}}")));

        Assert.Equal(("BAD_USER_INPUT", "input.date"), early.SingleError());
        Assert.Contains("starts at 09:00", Message(early), StringComparison.Ordinal);
        Assert.Equal((1, 0, 3.0), Counts(started));
        Assert.Equal(("BAD_USER_INPUT", "input.hours"), tooLong.SingleError());
    }

    [Fact]
    public async Task A_correction_records_an_extra_session_on_another_day_but_never_one_before_acceptance_or_in_the_future()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(sessions: ["Thu 09:00-15:00"]), acceptedDaysAgo: 8);
        const string Reason = "Extra Sunday litter pick agreed with the supervisor";

        var corrected = await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-3)}\", hours: 7, correctionReason: \"{Reason}\"}}");
        var beforeAcceptance = await _partner.PostAsync(Mutation("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-9)}\", hours: 1, correctionReason: \"{Reason}\"}}"));
        var future = await _partner.PostAsync(Mutation("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(1)}\", hours: 1, correctionReason: \"{Reason}\"}}"));

        Assert.Equal((1, 0, 7.0), Counts(corrected));
        var logged = corrected["history"]!.AsArray()[^1]!;
        Assert.Equal((area.Day(-3), Reason), (logged["date"]!.GetValue<string>(), logged["correctionReason"]!.GetValue<string>()));
        Assert.Equal(("BAD_USER_INPUT", "input.date"), beforeAcceptance.SingleError());
        Assert.Equal(("BAD_USER_INPUT", "input.date"), future.SingleError());
        var audit = await area.CreateClient(ReferralArea.Admin).DataAsync($"{{ auditTrail(where: {{targetId: \"{id}\"}}) {{ nodes {{ action summary }} }} }}");
        var entry = audit["auditTrail"]!["nodes"]!.AsArray()[0]!;
        Assert.Equal("REFERRAL_HOURS_LOGGED", entry["action"]!.GetValue<string>());
        Assert.Contains($"correction: {Reason}", entry["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_needs_a_referral_sharing_none_with_the_service_is_refused_naming_both_sides()
    {
        var service = await DebtAdviceServiceAsync();
        var person = await area.NewPersonAsync();

        var defaulted = await _om.PostAsync(CreateMutation(person, service, needs: null));
        var notAddressed = await _om.PostAsync(CreateMutation(person, service, needs: "[\"ALCOHOL\"]"));
        var named = await _om.DataAsync(CreateMutation(person, service, needs: "[\"FINANCE_BENEFIT_DEBT\"]"));

        Assert.Equal(("BAD_USER_INPUT", "input.needs"), defaulted.SingleError());
        Assert.All(["(ACCOMMODATION, ALCOHOL)", "(FINANCE_BENEFIT_DEBT)"], text => Assert.Contains(text, Message(defaulted), StringComparison.Ordinal));
        Assert.Equal(("BAD_USER_INPUT", "input.needs"), notAddressed.SingleError());
        Assert.Equal(["FINANCE_BENEFIT_DEBT"], named["createReferral"]!["needs"]!.AsArray().Select(n => n!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_referral_unanswered_for_three_working_days_needs_attention_and_weekends_do_not_count()
    {
        var unansweredSinceWednesday = await CreatedDaysAgoAsync(7);
        var unansweredSinceThursday = await CreatedDaysAgoAsync(6);
        var unansweredSinceFriday = await CreatedDaysAgoAsync(5);

        Assert.Equal(["NO_RESPONSE"], Attention(await ReadAsync(unansweredSinceWednesday)));
        Assert.Equal(["NO_RESPONSE"], Attention(await ReadAsync(unansweredSinceThursday)));
        Assert.Empty(Attention(await ReadAsync(unansweredSinceFriday)));
        foreach (var client in new[] { _om, _partner })
        {
            var listed = (await client.DataAsync($"{{ referrals(needsAttention: true, first: 100) {{ totalCount nodes {{ id attention }} }} }}"))["referrals"]!["nodes"]!.AsArray()
                .Select(n => n!["id"]!.GetValue<string>()).ToList();
            Assert.Contains(unansweredSinceWednesday, listed);
            Assert.Contains(unansweredSinceThursday, listed);
            Assert.DoesNotContain(unansweredSinceFriday, listed);
        }
    }

    [Fact]
    public async Task Missed_sessions_and_hours_behind_the_order_need_attention()
    {
        var id = await AcceptedAsync(await area.NewPlacementAsync(), acceptedDaysAgo: 8, hours: 30);
        await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-7)}\", hours: 6}}");
        var behind = await StepAsync("logAttendance", $"{{referralId: \"{id}\", date: \"{area.Day(-1)}\", attended: false}}");

        var caughtUp = await StepAsync("logHours", $"{{referralId: \"{id}\", date: \"{area.Day(-2)}\", hours: 6}}");

        Assert.Equal(["MISSED_SESSIONS", "HOURS_BEHIND"], Attention(behind));
        Assert.Equal(["MISSED_SESSIONS"], Attention(caughtUp));
    }

    private static (int Attended, int Missed, double Hours) Counts(JsonNode referral) =>
        (referral["sessionsAttended"]!.GetValue<int>(), referral["sessionsMissed"]!.GetValue<int>(), referral["hoursDone"]!.GetValue<double>());

    private static List<string> Attention(JsonNode referral) => [.. referral["attention"]!.AsArray().Select(a => a!.GetValue<string>())];

    private static string Message(GraphQLResponse response) => response.Errors[0]["message"]!.GetValue<string>();

    private static string Mutation(string name, string input) => $"mutation {{ {name}(input: {input}) {{ {Fields} }} }}";

    private static string CreateMutation(string person, string service, string? needs) =>
        $"mutation {{ createReferral(input: {{personId: \"{person}\", serviceId: \"{service}\"{(needs is null ? "" : $", needs: {needs}")}}}) {{ {Fields} }} }}";

    private async Task<JsonNode> StepAsync(string name, string input) => (await _partner.DataAsync(Mutation(name, input)))[name]!;

    private async Task<JsonNode> ReadAsync(string id) => (await _om.DataAsync($"{{ referral(id: \"{id}\") {{ {Fields} }} }}"))["referral"]!;

    /// <summary>A new person's referral to <paramref name="placement"/>, accepted <paramref name="acceptedDaysAgo"/> days before the hub's now.</summary>
    private async Task<string> AcceptedAsync(string placement, int acceptedDaysAgo, int hours = 20) =>
        await area.AtAsync(area.Clock.Now.AddDays(-acceptedDaysAgo), async () =>
        {
            var created = await _om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{await area.NewPersonAsync()}\", placementId: \"{placement}\", hoursOrdered: {hours}}}) {{ id }} }}");
            var id = created["createReferral"]!["id"]!.GetValue<string>();
            await StepAsync("acceptReferral", $"{{referralId: \"{id}\"}}");
            return id;
        });

    /// <summary>A new person's referral to the housing service, left pending since <paramref name="days"/> days before the hub's now.</summary>
    private async Task<string> CreatedDaysAgoAsync(int days) =>
        await area.AtAsync(area.Clock.Now.AddDays(-days), async () =>
            (await _om.DataAsync(CreateMutation(await area.NewPersonAsync(), ReferralArea.HousingService, needs: null)))["createReferral"]!["id"]!.GetValue<string>());

    private async Task<string> DebtAdviceServiceAsync()
    {
        var id = $"svc-devon-debt-{Guid.NewGuid():N}";
        await area.Cypher.RunAsync(new CypherStatement("test: debt advice service", """
            MERGE (debt:Need {code: 'FINANCE_BENEFIT_DEBT'}) ON CREATE SET debt.label = 'FINANCE_BENEFIT_DEBT'
            WITH debt
            MATCH (host:Organisation {id: $host})
            CREATE (host)-[:OFFERS]->(:Service {id: $id, name: 'Exeter Debt Advice', online: false, lat: $lat, lon: $lon, womenOnly: false, languages: ['en'], unsuitableFor: []})
                   -[:ADDRESSES]->(debt)
            """, new Dictionary<string, object?> { ["host"] = ReferralArea.HostOrganisation, ["id"] = id, ["lat"] = ReferralArea.Lat, ["lon"] = ReferralArea.Lon }));
        return id;
    }
}
