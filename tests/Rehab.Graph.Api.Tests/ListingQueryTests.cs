namespace Rehab.Graph.Api.Tests;

public sealed class ListingQueryTests(RehabGraphApplication app)
{
    private readonly GraphQLClient _client = app.CreateClient();

    [Fact]
    public async Task Needs_lists_the_whole_taxonomy_with_service_counts()
    {
        var data = await _client.DataAsync("{ needs { code label serviceCount } }");

        var needs = data["needs"]!.AsArray();
        Assert.Equal(13, needs.Count);
        Assert.All(needs, n => Assert.True(n!["serviceCount"]!.GetValue<int>() >= 5, n.ToJsonString()));
    }
}
