namespace Rehab.Graph.Api.Tests;

/// <summary>One query cannot ask for the whole graph: depth and complexity are bounded before anything runs.</summary>
public sealed class LimitsTests(RehabGraphApplication app)
{
    private readonly GraphQLClient _client = app.CreateClient();

    [Fact]
    public async Task A_query_nested_too_deep_is_refused_before_it_runs()
    {
        var response = await _client.PostAsync(
            "{ organisations(first: 1) { nodes { services { organisation { services { organisation { services { organisation { services { organisation { name } } } } } } } } } } }");

        var error = Assert.Single(response.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("depth", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, response.RoundTrips);
    }

    [Fact]
    public async Task A_query_too_costly_is_refused_before_it_runs()
    {
        var response = await _client.PostAsync(
            "{ organisations(first: 100) { nodes { services { organisation { services { needs { code label serviceCount } } } } } } }");

        var error = Assert.Single(response.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("complexity", error["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, response.RoundTrips);
    }

    [Fact]
    public async Task The_same_selection_with_a_small_page_is_allowed()
    {
        var response = await _client.PostAsync(
            "{ organisations(first: 2) { nodes { services { organisation { services { needs { code label serviceCount } } } } } } }");

        response.AssertNoErrors();
    }
}
