using System.Text.Json.Nodes;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Placements;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The person on probation is told, on the channels their offender manager recorded for them, when a referral is
/// accepted and when the session times of a placement they go to change; and their contact details are shown to them and
/// their offender manager only.
/// </summary>
[Collection(ReferralArea.Collection)]
public sealed class PersonNoticeTests(ReferralArea area)
{
    private const string Letters = "5 Mill Lane, Exeter, EX1 1AA";

    private static int _mobiles;

    private readonly GraphQLClient _om = area.CreateClient(ReferralArea.OffenderManager);
    private readonly GraphQLClient _partner = area.CreateClient(ReferralArea.HostPartner);

    [Fact]
    public async Task An_accepted_referral_tells_the_person_on_each_channel_they_chose_in_plain_words_and_nothing_private()
    {
        var (person, email, mobile) = await PersonWithContactAsync("preferredChannels: [EMAIL, TEXT]", riskFlags: ["ARSON"]);
        var placement = await area.NewPlacementAsync();
        var referral = await ReferAsync(person, placementId: placement, note: "Referrer's private note");

        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referral}\", note: \"Partner's private note\"}}) {{ id }} }}");

        var messages = await ToPersonAsync(placement);
        Assert.Equal([("EMAIL", email), ("TEXT", mobile)], messages.Select(m => (m.Channel, m.Recipient)).Order());
        var firstSession = new SessionSchedule([new WeeklySession(DayOfWeek.Thursday, new TimeOnly(9, 0), new TimeOnly(15, 0))]).NextStart(area.Clock.GetUtcNow())!.Value;
        Assert.All(messages, m =>
        {
            Assert.Equal($"Your referral to Test placement {placement} is accepted", m.Subject);
            Assert.StartsWith($"Devon Test Trust has accepted your referral to Test placement {placement}.", m.Body, StringComparison.Ordinal);
            Assert.Contains($"Your first session is on {Notice.When(firstSession)} at 1 Quay Road, Exeter, EX2 4AN.", m.Body, StringComparison.Ordinal);
            Assert.Contains("To contact S. Fisher, call 07700 900111.", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("private note", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("ARSON", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("MEDIUM", m.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(referral, m.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_service_referral_accepted_gives_whom_to_call_and_no_session()
    {
        var (person, email, _) = await PersonWithContactAsync("preferredChannels: [EMAIL]");
        var referral = await ReferAsync(person, serviceId: ReferralArea.HousingService);

        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referral}\"}}) {{ id }} }}");

        var message = Assert.Single(await ToPersonAsync("Exeter Housing Advice"), m => m.Recipient == email);
        Assert.Equal("Devon Test Trust has accepted your referral to Exeter Housing Advice. To contact Devon Test Trust, e-mail referrals@devon-test-trust.example. "
            + "If you have any questions, ask your probation officer.", message.Body);
    }

    [Fact]
    public async Task No_message_goes_to_a_person_without_contact_details_or_whose_referral_is_declined()
    {
        var silent = await area.NewPersonAsync();
        var accepted = await area.NewPlacementAsync();
        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{await ReferAsync(silent, placementId: accepted)}\"}}) {{ id }} }}");
        var (person, _, _) = await PersonWithContactAsync("");
        var declined = await area.NewPlacementAsync();
        await _partner.DataAsync($"mutation {{ declineReferral(input: {{referralId: \"{await ReferAsync(person, placementId: declined)}\", reason: \"Full\"}}) {{ id }} }}");

        Assert.Empty(await ToPersonAsync(accepted));
        Assert.Empty(await ToPersonAsync(declined));
    }

    [Fact]
    public async Task New_session_times_are_told_to_the_people_going_there_now_and_not_to_those_still_waiting()
    {
        var placement = await area.NewPlacementAsync();
        var (going, goingEmail, _) = await PersonWithContactAsync("preferredChannels: [EMAIL]");
        var (waiting, waitingEmail, _) = await PersonWithContactAsync("preferredChannels: [EMAIL]");
        await _partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{await ReferAsync(going, placementId: placement)}\"}}) {{ id }} }}");
        await ReferAsync(waiting, placementId: placement);

        await UpsertPlacementAsync(placement, "[\"Sun 09:00-15:00\", \"Mon 09:00-15:00\", \"Tue 09:00-15:00\", \"Wed 09:00-15:00\", \"Thu 09:00-15:00\", \"Fri 09:00-15:00\", \"Sat 09:00-15:00\"]", version: 1);
        Assert.DoesNotContain(await ToPersonAsync(placement), m => m.Subject.StartsWith("New session times", StringComparison.Ordinal));

        await UpsertPlacementAsync(placement, "[\"Sat 10:00-16:00\"]", version: 2);

        var changed = Assert.Single(await ToPersonAsync(placement), m => m.Subject.StartsWith("New session times", StringComparison.Ordinal));
        Assert.Equal(goingEmail, changed.Recipient);
        Assert.NotEqual(waitingEmail, changed.Recipient);
        Assert.Contains($"The session times at Test placement {placement} (Devon Test Trust) have changed: it now runs on Saturdays 10:00-16:00 (UK time). Your next session is on Saturday", changed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_details_are_set_shown_to_the_offender_manager_and_the_person_and_cleared()
    {
        var person = await area.NewPersonAsync();
        var set = (await _om.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, contact: {{email: \" sam@example.org \", mobilePhone: \"+44 7700 900123\", postalAddress: \"{Letters}\"}}}}) {{ version contact {{ email mobilePhone postalAddress preferredChannels }} }} }}"))["updatePerson"]!;
        var chosen = (await _om.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 1, contact: {{postalAddress: \"{Letters}\", preferredChannels: [LETTER]}}}}) {{ contact {{ email postalAddress preferredChannels }} }} }}"))["updatePerson"]!;
        var own = await area.CreateClient(ReferralArea.PersonOnProbation with { PersonId = person }).DataAsync("{ me { contact { postalAddress preferredChannels } } }");
        var cleared = (await _om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 2, contact: {{}}}}) {{ contact {{ email }} }} }}"))["updatePerson"]!;
        var audit = await area.Cypher.RunAsync(new CypherStatement("test: audit", "MATCH (:AuditTarget {id: $id})-[:HAS_AUDIT_ENTRY]->(a {action: 'PERSON_UPDATED'}) RETURN a.summary AS summary",
            new Dictionary<string, object?> { ["id"] = person }));

        Assert.Equal("sam@example.org", set["contact"]!["email"]!.GetValue<string>());
        Assert.Equal("+44 7700 900123", set["contact"]!["mobilePhone"]!.GetValue<string>());
        Assert.Equal(["EMAIL", "TEXT", "LETTER"], Channels(set["contact"]!));
        Assert.Null(chosen["contact"]!["email"]);
        Assert.Equal(["LETTER"], Channels(chosen["contact"]!));
        Assert.Equal(Letters, own["me"]!["contact"]!["postalAddress"]!.GetValue<string>());
        Assert.Equal(["LETTER"], Channels(own["me"]!["contact"]!));
        Assert.Null(cleared["contact"]);
        Assert.All(audit.Read<string>("summary"), s => Assert.Equal("contact", s));
    }

    [Fact]
    public async Task Contact_details_are_personal_data_that_partners_and_anonymous_callers_never_see()
    {
        var (person, _, _) = await PersonWithContactAsync("");
        var referral = await ReferAsync(person, serviceId: ReferralArea.OtherService);

        var partner = await _partner.PostAsync($"{{ person(id: \"{person}\") {{ contact {{ email }} }} }}");
        var anonymous = await area.CreateClient().PostAsync($"{{ person(id: \"{person}\") {{ contact {{ email }} }} }}");
        var throughReferral = await area.CreateClient(ReferralArea.OtherPartner).PostAsync($"{{ referral(id: \"{referral}\") {{ person {{ contact {{ email }} }} }} }}");
        var someoneElse = await area.CreateClient(ReferralArea.PersonOnProbation).DataAsync("{ me { contact { email } } }");

        Assert.Equal("FORBIDDEN", partner.SingleError().Code);
        Assert.Equal("UNAUTHENTICATED", anonymous.SingleError().Code);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", throughReferral.SingleError().Code);
        Assert.Null(someoneElse["me"]!["contact"]);
    }

    [Theory]
    [InlineData("email: \"not an address\"", "input.contact.email")]
    [InlineData("mobilePhone: \"01632 960123\"", "input.contact.mobilePhone")]
    [InlineData("mobilePhone: \"077\"", "input.contact.mobilePhone")]
    [InlineData("email: \"sam@example.org\", preferredChannels: [EMAIL, LETTER]", "input.contact.preferredChannels")]
    [InlineData("email: \"sam@example.org\", preferredChannels: [EMAIL, EMAIL]", "input.contact.preferredChannels")]
    [InlineData("preferredChannels: [TEXT]", "input.contact.preferredChannels")]
    public async Task Bad_contact_details_are_refused_naming_the_field_and_change_nothing(string contact, string field)
    {
        var person = await area.NewPersonAsync();

        var response = await _om.PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, contact: {{{contact}}}}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", field), response.SingleError());
        Assert.Equal(0, (await _om.DataAsync($"{{ person(id: \"{person}\") {{ version }} }}"))["person"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_postal_address_longer_than_a_letter_takes_is_refused()
    {
        var person = await area.NewPersonAsync();

        var response = await _om.PostAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, contact: {{postalAddress: \"{new string('a', 301)}\"}}}}) {{ id }} }}");

        Assert.Equal(("BAD_USER_INPUT", "input.contact.postalAddress"), response.SingleError());
    }

    private async Task<(string Person, string Email, string Mobile)> PersonWithContactAsync(string preferences, string[]? riskFlags = null)
    {
        var person = await area.NewPersonAsync(riskFlags: riskFlags);
        var (email, mobile) = ($"{person}@example.org", $"07700 9{Interlocked.Increment(ref _mobiles):D5}");
        await _om.DataAsync(
            $"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, contact: {{email: \"{email}\", mobilePhone: \"{mobile}\", postalAddress: \"{Letters}\"{(preferences.Length > 0 ? ", " + preferences : "")}}}}}) {{ id }} }}");
        return (person, email, mobile);
    }

    private async Task<string> ReferAsync(string person, string? placementId = null, string? serviceId = null, string? note = null)
    {
        var target = placementId is null ? $"serviceId: \"{serviceId}\"" : $"placementId: \"{placementId}\", hoursOrdered: 10";
        var created = await _om.DataAsync(
            $"mutation {{ createReferral(input: {{personId: \"{person}\", {target}{(note is null ? "" : $", note: \"{note}\"")}}}) {{ id }} }}");
        return created["createReferral"]!["id"]!.GetValue<string>();
    }

    private Task UpsertPlacementAsync(string placement, string sessions, int version) => _partner.DataAsync($$$"""
        mutation { upsertPlacement(input: {id: "{{{placement}}}", version: {{{version}}}, organisationId: "{{{ReferralArea.HostOrganisation}}}", title: "Test placement {{{placement}}}",
          kind: "UNPAID_WORK", location: {latitude: {{{ReferralArea.Lat}}}, longitude: {{{ReferralArea.Lon}}}}, capacity: 4, maxRiskOfHarm: HIGH, sessions: {{{sessions}}},
          address: {lines: ["1 Quay Road"], town: "Exeter", postcode: "EX2 4AN"}, contact: {name: "S. Fisher", phone: "07700 900111"}}) { id } }
        """);

    private static List<string> Channels(JsonNode contact) => [.. contact["preferredChannels"]!.AsArray().Select(c => c!.GetValue<string>())];

    /// <summary>The messages to a person (not an inbox of the area's organisations or practitioners) that name <paramref name="mention"/>.</summary>
    private async Task<List<(string Channel, string Recipient, string Subject, string Body)>> ToPersonAsync(string mention) =>
        [.. (await area.Cypher.RunAsync(new CypherStatement("test: person notices", """
            MATCH (m:OutboxMessage) WHERE (m.subject CONTAINS $mention OR m.body CONTAINS $mention) AND m.subject STARTS WITH 'Your referral to'
               OR (m.subject CONTAINS $mention AND m.subject STARTS WITH 'New session times')
            RETURN m.channel AS channel, m.recipient AS recipient, m.subject AS subject, m.body AS body ORDER BY m.createdAt, m.id
            """, new Dictionary<string, object?> { ["mention"] = mention })))
            .Rows.Select(r => (r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, r[3].GetString()!))];
}
