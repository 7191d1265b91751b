using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Web.Tests.Journeys;

/// <summary>The hub's GraphQL API, for what a journey needs made before its pages are opened (another role's steps).</summary>
public static class HubApi
{
    public static readonly Caller OffenderManager = new(CallerRole.OffenderManager, "prc-07", null, "a.rahman");

    public static Caller Partner(string organisation) => new(CallerRole.Partner, null, organisation);

    /// <summary>Runs <paramref name="query"/> as <paramref name="caller"/> and returns its data; fails the test on any error.</summary>
    public static async Task<JsonElement> RunAsync(RehabWebApplication app, Caller caller, string query, object? variables = null)
    {
        using var http = app.Hub.CreateClient(caller);
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(body.TryGetProperty("errors", out var errors), $"The hub refused a journey's setup: {errors}");
        return body.GetProperty("data");
    }
}
