using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>A person's own notice goes out through the registered sender, as Immediate Justice messages do: here the file sender.</summary>
[Collection(OutboxArea.Collection)]
public sealed class PersonNoticeDispatchTests(OutboxArea area)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_accepted_referral_is_written_to_the_person_by_email_and_by_letter()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (organisation, practitioner, person, placement) = ($"org-notice-{suffix}", $"prc-notice-{suffix}", $"per-notice-{suffix}", $"plc-notice-{suffix}");
        await area.Cypher.RunAsync(new CypherStatement("test: a person to tell", """
            CREATE (o:Organisation {id: $organisation, name: 'Exe Garden Trust', kind: 'VCSE', lat: 50.72, lon: -3.53, contactEmail: 'garden@example.org'})
            CREATE (o)-[:HOSTS]->(:Placement {id: $placement, title: 'Community garden', kind: 'UNPAID_WORK', lat: 50.72, lon: -3.53, capacity: 4, filled: 0,
                    womenOnly: false, childFacing: false, unsuitableFor: [], maxRiskOfHarm: 'HIGH', sessions: ['Sat 10:00-16:00'],
                    contactName: 'J. Rowe', contactPhone: '07700 900222'})
            CREATE (:Practitioner {id: $practitioner, name: 'OM Notice', deliveryUnit: 'Test', email: 'om.notice@example.org'})-[:SUPERVISES]->
                   (:Person {id: $person, displayName: 'Person N', gender: 'FEMALE', birthYear: 1991, homeLat: 50.72, homeLon: -3.53, languages: ['en'],
                             riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["organisation"] = organisation, ["practitioner"] = practitioner, ["person"] = person, ["placement"] = placement }));
        var om = area.Hub.CreateGraphQLClient(new Caller(CallerRole.OffenderManager, practitioner, null));
        var partner = area.Hub.CreateGraphQLClient(new Caller(CallerRole.Partner, null, organisation));
        var email = $"{suffix}@example.org";
        await om.DataAsync($"mutation {{ updatePerson(input: {{personId: \"{person}\", version: 0, contact: {{email: \"{email}\", postalAddress: \"2 Mill Lane, Exeter, EX1 1AB\"}}}}) {{ id }} }}");
        var referral = (await om.DataAsync($"mutation {{ createReferral(input: {{personId: \"{person}\", placementId: \"{placement}\", hoursOrdered: 10}}) {{ id }} }}"))
            ["createReferral"]!["id"]!.GetValue<string>();
        await partner.DataAsync($"mutation {{ acceptReferral(input: {{referralId: \"{referral}\"}}) {{ id }} }}");

        await area.Dispatcher.DispatchOnceAsync(Cancel);

        var written = await Task.WhenAll(area.Directory.GetFiles("*.txt").Select(f => File.ReadAllTextAsync(f.FullName, Cancel)));
        var toPerson = written.Where(t => t.Contains($"To: {email}", StringComparison.Ordinal) || t.Contains("To: 2 Mill Lane, Exeter, EX1 1AB", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, toPerson.Count);
        Assert.Contains(toPerson, t => t.StartsWith("Channel: EMAIL", StringComparison.Ordinal));
        Assert.Contains(toPerson, t => t.StartsWith("Channel: LETTER", StringComparison.Ordinal));
        Assert.All(toPerson, t =>
        {
            Assert.Contains("Subject: Your referral to Community garden is accepted", t, StringComparison.Ordinal);
            Assert.Contains("Exe Garden Trust has accepted your referral to Community garden. Your first session is on Saturday", t, StringComparison.Ordinal);
            Assert.Contains("To contact J. Rowe, call 07700 900222.", t, StringComparison.Ordinal);
        });
    }
}
