using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Who is told what, through the outbox, in the transaction of the change: the organisation when a referral arrives, the
/// offender manager when it answers or a session is missed, the coordinators when an Immediate Justice case enters their
/// queue, and the person where to go and whom to call.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class NotificationTests(ReferralArea area)
{
    private const string HostInbox = "referrals@devon-test-trust.example";
    private const string OffenderManagerInbox = "om.one@probation.example";

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task The_organisation_hears_a_referral_arrived_and_the_offender_manager_that_it_was_accepted()
    {
        var referral = await ReferAsync(await area.NewPlacementAsync());

        var arrived = Assert.Single(await ToAsync(HostInbox, referral));
        Assert.StartsWith("New referral to Test placement ", arrived.Subject, StringComparison.Ordinal);
        Assert.Contains("OM One has referred someone to Test placement", arrived.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("per-", arrived.Body, StringComparison.Ordinal);
        Assert.Empty(await ToAsync(OffenderManagerInbox, referral));

        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referral}\"}}) {{ id }} }}");

        var accepted = Assert.Single(await ToAsync(OffenderManagerInbox, referral));
        Assert.StartsWith("Referral accepted: ", accepted.Subject, StringComparison.Ordinal);
        Assert.Contains("Devon Test Trust has accepted the referral", accepted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offender_manager_hears_why_a_referral_was_declined()
    {
        var referral = await ReferAsync(await area.NewPlacementAsync());

        await _partner.DataAsync($"mutation {{ declineReferral(input: {{referralId: \"{referral}\", reason: \"No supervisor this month\"}}) {{ id }} }}");

        var declined = Assert.Single(await ToAsync(OffenderManagerInbox, referral));
        Assert.Contains(": \"No supervisor this month\". You may refer them elsewhere.", declined.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offender_manager_hears_of_a_missed_session_once_and_not_of_an_attended_one()
    {
        var placement = await area.NewPlacementAsync();
        var referral = await area.AtAsync(area.Clock.GetUtcNow().AddDays(-2), async () =>
        {
            var made = await ReferAsync(placement);
            await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{made}\"}}) {{ id }} }}");
            return made;
        });

        await _partner.DataAsync($"mutation {{ logAttendance(input: {{referralId: \"{referral}\", date: \"{area.Today}\", attended: true}}) {{ id }} }}");
        Assert.DoesNotContain(await ToAsync(OffenderManagerInbox, referral), m => m.Subject.StartsWith("Missed session", StringComparison.Ordinal));

        await _partner.DataAsync($"mutation {{ logAttendance(input: {{referralId: \"{referral}\", date: \"{area.Day(-1)}\", attended: false}}) {{ id }} }}");

        var missed = Assert.Single(await ToAsync(OffenderManagerInbox, referral), m => m.Subject.StartsWith("Missed session", StringComparison.Ordinal));
        Assert.Contains("did not attend the session on", missed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinators_hear_of_a_new_case_and_of_a_declined_booking_and_the_person_where_to_meet_and_whom_to_call()
    {
        var police = area.CreateClient(ImmediateJusticeTests.Police);
        var caseId = (await police.DataAsync(Mutation("referForImmediateJustice", ImmediateJusticeTests.ReferralInput("email: \"notices@example.org\"; phone: \"07700900777\""))))
            ["referForImmediateJustice"]!["id"]!.GetValue<string>();

        var waiting = Assert.Single(await ToAsync("ij-queue@devon-probation.example", caseId));
        Assert.Equal($"New Immediate Justice case {caseId}", waiting.Subject);
        Assert.Contains("Contact the person by", waiting.Body, StringComparison.Ordinal);

        await _om.DataAsync(Mutation("takeImmediateJusticeCase", $"{{caseId: \"{caseId}\"}}"));
        await _om.DataAsync(Mutation("recordCaseContact", $"{{caseId: \"{caseId}\"}}"));
        await _om.DataAsync(Mutation("recordRiskAssessment", $"{{caseId: \"{caseId}\", riskOfHarm: LOW, riskFlags: []}}"));
        var placement = await area.NewPlacementAsync();
        var booked = await _om.DataAsync($"mutation {{ bookImmediateJusticePlacement(input: {{caseId: \"{caseId}\", placementId: \"{placement}\"}}) {{ referral {{ id }} }} }}");
        var referral = booked["bookImmediateJusticePlacement"]!["referral"]!["id"]!.GetValue<string>();

        var booking = Assert.Single(await ToAsync("notices@example.org", "Your Immediate Justice placement"));
        Assert.Contains($"Test placement {placement} (Devon Test Trust), 1 Quay Road, Exeter, EX2 4AN.", booking.Body, StringComparison.Ordinal);
        Assert.Contains("Meet at the boathouse door.", booking.Body, StringComparison.Ordinal);
        Assert.Contains("Your supervisor is S. Fisher: call 07700 900111", booking.Body, StringComparison.Ordinal);

        await _partner.DataAsync($"mutation {{ declineReferral(input: {{referralId: \"{referral}\", reason: \"Site closed\"}}) {{ id }} }}");

        var back = Assert.Single(await ToAsync(OffenderManagerInbox, caseId));
        Assert.Equal($"Immediate Justice case {caseId} needs a new placement", back.Subject);
    }

    private async Task<string> ReferAsync(string placementId)
    {
        var person = await area.NewPersonAsync();
        var created = await _om.DataAsync(
            $"mutation {{ createReferral(input: {{personId: \"{person}\", placementId: \"{placementId}\", hoursOrdered: 10}}) {{ id }} }}");
        return created["createReferral"]!["id"]!.GetValue<string>();
    }

    private static string Mutation(string name, string input) => $"mutation {{ {name}(input: {input}) {{ id }} }}";

    /// <summary>The messages to <paramref name="recipient"/> that name <paramref name="mention"/> in their subject or body, oldest first.</summary>
    private async Task<List<(string Subject, string Body)>> ToAsync(string recipient, string mention) =>
        [.. (await area.Cypher.RunAsync(new CypherStatement("test: notices", """
            MATCH (m:OutboxMessage {recipient: $recipient}) WHERE m.subject CONTAINS $mention OR m.body CONTAINS $mention
            RETURN m.subject AS subject, m.body AS body ORDER BY m.createdAt, m.id
            """, new Dictionary<string, object?> { ["recipient"] = recipient, ["mention"] = mention })))
            .Rows.Select(r => (r[0].GetString()!, r[1].GetString()!))];
}
