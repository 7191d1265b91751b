using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// A query sent again is not validated again, but nothing it could not do the first time gets through: a page size in a
/// variable is priced every time, and each operation of a document is checked when it is first asked for.
/// </summary>
public sealed class ValidatedDocumentCacheTests(RehabGraphApplication app)
{
    private static readonly LimitOptions Limits = new();
    private readonly GraphQLClient _client = app.CreateClient();

    [Fact]
    public async Task A_page_size_sent_as_a_variable_is_priced_each_time_the_same_query_comes()
    {
        const string query = "query Fan($n: Int!) { organisations(first: $n) { nodes { services { organisation { services { needs { code label serviceCount } } } } } } }";

        var small = await _client.PostAsync(query, new { n = 2 });
        var large = await _client.PostAsync(query, new { n = 100 });
        var smallAgain = await _client.PostAsync(query, new { n = 2 });

        small.AssertNoErrors();
        var error = Assert.Single(large.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("complexity", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, large.RoundTrips);
        Assert.Equal(small.Data!.ToJsonString(), smallAgain.AssertNoErrors().Data!.ToJsonString());
    }

    [Fact]
    public async Task An_operation_of_a_document_already_answered_for_another_is_checked_on_its_own()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, Limits.MaxCostlyFieldsPerOperation + 1).Select(i => $"f{i}: needCounts {{ unmet }}"));
        var document = $"query Small {{ needs {{ code }} }} query Costly {{ {aliases} }}";

        var small = await PostAsync(document, "Small");
        var costly = await PostAsync(document, "Costly");

        Assert.Null(small["errors"]);
        var error = Assert.Single(costly["errors"]!.AsArray());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("costly fields", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(costly["data"]);
    }

    [Fact]
    public async Task A_refused_query_is_refused_again()
    {
        const string query = "{ needs { code nosuchfield } }";

        var first = await _client.PostAsync(query);
        var second = await _client.PostAsync(query);

        Assert.Equal(first.Json, second.Json);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(second.Errors)["extensions"]!["code"]!.GetValue<string>());
    }

    private async Task<JsonObject> PostAsync(string query, string operationName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, operationName }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _client.Http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
