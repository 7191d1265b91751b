using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>GraphQL over HTTP as the GraphQL Foundation's spec describes it.</summary>
public sealed class HttpProtocolTests(RehabGraphApplication app)
{
    private readonly HttpClient _http = app.CreateClient().Http;

    [Fact]
    public async Task The_graphql_http_compliance_audit_passes_with_no_warnings()
    {
        var output = await NodeScripts.RunAsync("audit.mjs", new Uri(app.BaseAddress, "/graphql").AbsoluteUri);

        var report = JsonNode.Parse(output)!;
        Assert.True(report["ok"]!.GetValue<int>() > 0, output);
        Assert.True(report["error"]!.AsArray().Count == 0, $"Failing audits: {report["error"]}");
        Assert.True(report["warn"]!.AsArray().Count == 0, $"Warning audits: {report["warn"]}");
    }

    [Fact]
    public async Task A_query_can_be_sent_with_GET()
    {
        using var response = await _http.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("query($n: Int) { services(first: $n) { totalCount } }") + "&variables=" + Uri.EscapeDataString("{\"n\":1}"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["services"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_refused()
    {
        using var response = await _http.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("mutation { anything }"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_unsupported_media()
    {
        using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent("{ needs { code } }", Encoding.UTF8, "application/graphql"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Only_acceptable_media_types_are_served()
    {
        using var request = Post("{ needs { code } }", "text/html");
        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"query\": ")]
    [InlineData("[]")]
    [InlineData("{ \"query\": 42 }")]
    [InlineData("{ \"query\": \"{ needs { code } }\", \"variables\": \"{}\" }")]
    [InlineData("{ \"query\": \"{ needs { code } }\", \"operationName\": 1 }")]
    [InlineData("{ \"variables\": {} }")]
    public async Task A_malformed_request_is_a_bad_request(string body)
    {
        using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray());
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_invalid_document_is_a_bad_request_only_with_the_graphql_response_type(string accept, HttpStatusCode expected)
    {
        using var request = Post("{ needs { nosuchfield } }", accept);
        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
    }

    private static HttpRequestMessage Post(string query, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return request;
    }
}
