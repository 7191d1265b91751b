using System.Net.Http.Json;
using System.Text.Json;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// What the transition pages' requests cost the hub (Development's <c>extensions.cypher</c>): the name read before a
/// handover is recorded reads the person alone, not the form's colleagues; the form is one round trip (the person, the
/// units and the colleagues together) once it knows which unit to list, one more the first time, for the caller's own.
/// </summary>
[Collection(ClientHubCollection.Name)]
public sealed class TransitionPageCostTests(ClientHub hub)
{
    [Fact]
    public async Task The_name_read_before_a_handover_is_one_round_trip_without_colleagues_and_the_form_lists_colleagues_beside_the_units()
    {
        var name = await CostAsync(RehabGraphOperations.TransitionPersonName.Document, new { id = "per-0001" });
        var first = await CostAsync(RehabGraphOperations.TransitionPage.Document, new { id = "per-0001", listColleagues = false });
        var ownUnit = await CostAsync(RehabGraphOperations.HandoverColleagues.Document, new { deliveryUnit = "Hull North" });
        var listing = await CostAsync(RehabGraphOperations.TransitionPage.Document, new { id = "per-0001", deliveryUnit = "Hull East", listColleagues = true });

        Assert.Equal(1, name.RoundTrips);
        Assert.DoesNotContain(name.Statements, s => s.StartsWith("Practitioners/", StringComparison.Ordinal));
        Assert.Equal((1, 1), (first.RoundTrips, ownUnit.RoundTrips));
        Assert.Equal(["Practitioners/colleagues.cypher"], ownUnit.Statements);
        Assert.Equal(1, listing.RoundTrips);
        Assert.Equal(first.Statements.Count + 1, listing.Statements.Count);
    }

    private async Task<(int RoundTrips, IReadOnlyList<string> Statements)> CostAsync(string document, object variables)
    {
        using var http = hub.Hub.CreateClient(OperationCases.OffenderManager);
        using var response = await http.PostAsJsonAsync("/graphql", new { query = document, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var cypher = body.GetProperty("extensions").GetProperty("cypher");
        return (cypher.GetProperty("roundTrips").GetInt32(), [.. cypher.GetProperty("statements").EnumerateArray().Select(s => s.GetString()!)]);
    }
}
