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

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_document_nested_deeper_than_the_parser_goes_is_a_parse_failure_not_a_server_error(string method)
    {
        var deep = "{" + string.Concat(Enumerable.Repeat("a{", 200)) + "b" + new string('}', 200) + "}";

        var (status, body) = await SendAsync(method, deep);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("GRAPHQL_PARSE_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("128 levels", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertNoInternals(body);
    }

    [Theory]
    [InlineData("""{"query": "query($a: Int) { services(first: $a) { totalCount } }", "variables": {"a": 1, "a": 2}}""", "'variables' has the key 'a' more than once")]
    [InlineData("""{"query": "query($n: NearInput) { services(near: $n) { totalCount } }", "variables": {"n": {"radiusKm": 1, "place": "HU5", "radiusKm": 2}}}""", "'variables.n' has the key 'radiusKm' more than once")]
    [InlineData("""{"query": "{ needs { code } }", "variables": {"list": [{"x": 1}, {"x": 1, "x": 2}]}}""", "'variables.list[1]' has the key 'x' more than once")]
    [InlineData("""{"query": "{ needs { code } }", "extensions": {"x": 1, "x": 2}}""", "'extensions' has the key 'x' more than once")]
    [InlineData("""{"query": "{ needs { code } }", "query": "{ needs { label } }"}""", "The body has the key 'query' more than once")]
    public async Task A_body_with_a_key_given_twice_is_a_bad_request_naming_the_key(string json, string message)
    {
        using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertBadRequestAsync(response, message);
    }

    [Theory]
    [InlineData("""{"query": "\ud800"}""")]
    [InlineData("""{"query": "{ needs { code } }", "variables": {"a": "\udfff"}}""")]
    [InlineData("""{"query": "{ needs { code } }", "variables": {"\ud800": 1}}""")]
    [InlineData("""{"query": "{ needs { code } }", "operationName": "x\ud800"}""")]
    public async Task A_body_with_a_lone_surrogate_escape_is_a_bad_request_not_a_crash(string json)
    {
        using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertBadRequestAsync(response, "lone UTF-16 surrogate");
    }

    [Fact]
    public async Task A_GET_longer_than_the_limit_is_refused_by_the_hub_with_a_code()
    {
        using var response = await _http.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("{ needs { code } } #" + new string('x', 70_000)), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        var error = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("URI_TOO_LONG", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspecting_a_type_with_an_empty_name_is_null_not_a_server_error()
    {
        var response = await new GraphQLClient(_http).PostAsync("{ __type(name: \"\") { name } }");

        response.AssertNoErrors();
        Assert.Null(response.Data!["__type"]);
    }

    [Theory]
    [InlineData("variables", """{"a": 1, "a": 2}""", "'variables' has the key 'a' more than once")]
    [InlineData("variables", """{"n": {"radiusKm": 1, "radiusKm": 2}}""", "'variables.n' has the key 'radiusKm' more than once")]
    [InlineData("extensions", """{"x": 1, "x": 2}""", "'extensions' has the key 'x' more than once")]
    [InlineData("variables", "[1]", "'variables' must be a JSON object, not a JSON array.")]
    [InlineData("variables", "42", "'variables' must be a JSON object, not a JSON number.")]
    [InlineData("extensions", "true", "'extensions' must be a JSON object, not a JSON boolean.")]
    [InlineData("variables", "{a: 1}", "'variables' is not valid JSON (line 1, byte 2)")]
    public async Task A_GET_parameter_that_is_not_a_JSON_object_of_unique_keys_is_a_bad_request_in_the_callers_terms(string parameter, string value, string message)
    {
        using var response = await _http.GetAsync(new Uri($"/graphql?query={Uri.EscapeDataString("query($a: Int) { services(first: $a) { totalCount } }")}&{parameter}={Uri.EscapeDataString(value)}", UriKind.Relative));

        await AssertBadRequestAsync(response, message);
    }

    [Fact]
    public async Task A_GET_parameter_given_twice_is_a_bad_request()
    {
        using var response = await _http.GetAsync(new Uri($"/graphql?query={Uri.EscapeDataString("{ needs { code } }")}&query={Uri.EscapeDataString("{ needs { label } }")}", UriKind.Relative));

        await AssertBadRequestAsync(response, "The parameter 'query' is given more than once.");
    }

    [Theory]
    [InlineData("{ \"query\": ", "The body is not valid JSON (line 1, byte 12)")]
    [InlineData("{ \"query\":\n \"\\x\" }", "The body is not valid JSON (line 2, byte 4): 'x' is an invalid escapable character within a JSON string.")]
    public async Task A_body_that_is_not_JSON_is_explained_counting_lines_from_one(string json, string message)
    {
        using var response = await _http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertBadRequestAsync(response, message);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_subscription_is_a_validation_failure_because_the_schema_has_none(string method)
    {
        var (status, body) = await SendAsync(method, "subscription { needs { code } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("This schema has no subscriptions", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    /// <summary>Sends <paramref name="query"/> by GET or POST, asking for the GraphQL response type.</summary>
    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(string method, string query)
    {
        using var request = method == "GET"
            ? new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query))
            : Post(query, "application/graphql-response+json");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("BAD_REQUEST", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains(message, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertNoInternals(body);
    }

    /// <summary>No stack trace, .NET type or reader internals (zero-based positions) in what the caller is told.</summary>
    private static void AssertNoInternals(JsonNode body)
    {
        var text = body.ToJsonString();
        foreach (var internals in new[] { "   at ", "Exception", "System.", "GraphQL.", "LineNumber", "Path: $" })
        {
            Assert.DoesNotContain(internals, text, StringComparison.Ordinal);
        }
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
