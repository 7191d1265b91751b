using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// What fund tests need beyond <see cref="ReferralArea"/>: a women's service with a partner user, women on the first offender
/// manager's caseload, and funds made and spent through the API.
/// </summary>
public static class FundFixtures
{
    public const string WomensCentre = "org-devon-women";

    public static Caller WomensCentrePartner { get; } = new(CallerRole.Partner, null, WomensCentre);

    private static int _sequence;

    /// <summary>The women's centre, made once per area (merged, so every test may ask for it).</summary>
    public static Task WomensCentreAsync(ReferralArea area) => area.Cypher.RunAsync(new CypherStatement("test: women's centre", """
        MERGE (o:Organisation {id: $id})
          ON CREATE SET o.name = $name, o.kind = 'WOMENS_CENTRE', o.lat = $lat, o.lon = $lon
        """, new Dictionary<string, object?> { ["id"] = WomensCentre, ["name"] = "Exeter Women's Centre", ["lat"] = ReferralArea.Lat, ["lon"] = ReferralArea.Lon }));

    /// <summary>A new woman supervised by <see cref="ReferralArea.OffenderManager"/>.</summary>
    public static async Task<string> WomanAsync(ReferralArea area)
    {
        var id = $"per-devon-woman-{Interlocked.Increment(ref _sequence)}";
        await area.Cypher.RunAsync(new CypherStatement("test: woman", """
            MATCH (pr:Practitioner {id: $practitioner})
            CREATE (pr)-[:SUPERVISES]->(:Person {id: $id, displayName: 'Person ' + $id, gender: 'FEMALE', birthYear: 1994, homeLat: $lat, homeLon: $lon,
                    languages: ['en'], riskOfHarm: 'LOW', riskFlags: []})
            """, new Dictionary<string, object?> { ["practitioner"] = ReferralArea.OffenderManager.PractitionerId, ["id"] = id, ["lat"] = ReferralArea.Lat, ["lon"] = ReferralArea.Lon }));
        return id;
    }

    /// <summary>The admin allocates <paramref name="pence"/> to the person's fund, held by <paramref name="holderOrganisationId"/> if named; the entry's id.</summary>
    public static async Task<string> AllocateAsync(ReferralArea area, string personId, int pence, string? holderOrganisationId = null)
    {
        var holder = holderOrganisationId is null ? "" : $", holderOrganisationId: \"{holderOrganisationId}\"";
        var data = await area.CreateClient(ReferralArea.Admin).DataAsync(
            $"mutation {{ allocateFund(input: {{personId: \"{personId}\", amountPence: {pence}{holder}, description: \"Personal budget\"}}) {{ id }} }}");
        return data["allocateFund"]!["id"]!.GetValue<string>();
    }

    /// <summary>An ACTIVE goal on the person's plan, written by their offender manager.</summary>
    public static async Task<string> GoalAsync(ReferralArea area, string personId, Caller? offenderManager = null)
    {
        var data = await area.CreateClient(offenderManager ?? ReferralArea.OffenderManager).DataAsync(
            $"mutation {{ addGoal(input: {{personId: \"{personId}\", text: \"Get a place at college\", needs: [\"ACCOMMODATION\"]}}) {{ id }} }}");
        return data["addGoal"]!["id"]!.GetValue<string>();
    }

    /// <summary>A spend by the person's offender manager on <paramref name="goalId"/>; the entry's id.</summary>
    public static async Task<string> SpendAsync(ReferralArea area, string personId, string goalId, int pence)
    {
        var data = await area.CreateClient(ReferralArea.OffenderManager).DataAsync(
            $"mutation {{ spendFromFund(input: {{personId: \"{personId}\", goalId: \"{goalId}\", amountPence: {pence}, description: \"Course fees\"}}) {{ id }} }}");
        return data["spendFromFund"]!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// Hands the person's fund to <paramref name="organisationId"/>, whatever its kind: for the access matrix, whose PARTNER
    /// is not a women's service. What the row checks is who reaches a fund an organisation holds, not who may come to hold one.
    /// </summary>
    public static Task HandToAsync(ReferralArea area, string personId, string organisationId) => area.Cypher.RunAsync(new CypherStatement("test: fund holder", """
        MATCH (:Person {id: $person})-[:HAS_FUND]->(f:Fund)
        SET f.holderKind = 'ORGANISATION', f.holder = $organisation
        """, new Dictionary<string, object?> { ["person"] = personId, ["organisation"] = organisationId }));
}
