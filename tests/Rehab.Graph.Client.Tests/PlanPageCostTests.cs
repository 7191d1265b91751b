using System.Net.Http.Json;
using System.Text.Json;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// The plan page's one request costs the same number of Cypher round trips however many of the plan's steps made a
/// referral (the hub's cost in Development's <c>extensions.cypher</c>).
/// </summary>
[Collection(ClientHubCollection.Name)]
public sealed class PlanPageCostTests(ClientHub hub)
{
    /// <summary>I. Pawlak, assessed for accommodation; no other client test plans with him.</summary>
    private const string Person = "per-0014";

    [Fact]
    public async Task The_plan_page_costs_the_same_however_many_steps_made_a_referral()
    {
        var offenderManager = hub.Client(OperationCases.OffenderManager);
        var goal = (await offenderManager.AddGoalAsync(new() { Input = new() { PersonId = Person, Text = "Somewhere settled", Needs = ["ACCOMMODATION"] } })).AddGoal.Id;
        Task Refer(string service) => offenderManager.AddPlanStepAsync(new() { Input = new() { GoalId = goal, Text = $"See {service}", ServiceId = service, Refer = true } });

        await Refer("svc-0006");
        var withOne = await RoundTripsAsync(expectedReferrals: 1);
        foreach (var service in new[] { "svc-0013", "svc-0002", "svc-0003" })
        {
            await Refer(service);
        }

        var withFour = await RoundTripsAsync(expectedReferrals: 4);

        Assert.Equal(withOne, withFour);
    }

    private async Task<int> RoundTripsAsync(int expectedReferrals)
    {
        using var http = hub.Hub.CreateClient(OperationCases.OffenderManager);
        using var response = await http.PostAsJsonAsync("/graphql", new { query = RehabGraphOperations.PlanPage.Document, variables = new { personId = Person } }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var steps = body.GetProperty("data").GetProperty("plan").GetProperty("goals").EnumerateArray().SelectMany(g => g.GetProperty("steps").EnumerateArray());
        Assert.Equal(expectedReferrals, steps.Count(s => s.GetProperty("referralId").ValueKind == JsonValueKind.String));
        return body.GetProperty("extensions").GetProperty("cypher").GetProperty("roundTrips").GetInt32();
    }
}
