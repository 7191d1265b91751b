using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rehab.Graph.Api.Tests;

/// <summary>Posts GraphQL over HTTP as a client app would and hands back the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>Posts and asserts the request succeeded without errors; returns <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = (await PostAsync(query, variables)).AssertNoErrors();
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Data!;
    }
}

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Body)
{
    public JsonNode? Data => Body["data"];

    public IReadOnlyList<JsonNode> Errors => Body["errors"]?.AsArray().Select(e => e!).ToList() ?? [];

    public int RoundTrips => Body["extensions"]!["cypher"]!["roundTrips"]!.GetValue<int>();

    /// <summary>The statements the request ran, by their file (<c>Connector/supervision.cypher</c>), in order.</summary>
    public IReadOnlyList<string> Statements => [.. Body["extensions"]!["cypher"]!["statements"]!.AsArray().Select(s => s!.GetValue<string>())];

    /// <summary>The single error's code and field, for bad-input assertions.</summary>
    public (string? Code, string? Field) SingleError()
    {
        var error = Assert.Single(Errors);
        return (error["extensions"]?["code"]?.GetValue<string>(), error["extensions"]?["field"]?.GetValue<string>());
    }

    public string Json => Body.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public GraphQLResponse AssertNoErrors()
    {
        Assert.True(Errors.Count == 0, $"Unexpected errors: {Json}");
        return this;
    }
}
