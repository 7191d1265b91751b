using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Rehab.Graph.Api.Tests;

public sealed partial class HostingTests(RehabGraphApplication app)
{
    private readonly HttpClient _http = app.CreateClient().Http;

    [Fact]
    public async Task Healthz_says_the_process_is_alive()
    {
        var body = await GetJsonAsync("/healthz", HttpStatusCode.OK);

        Assert.Equal("alive", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readyz_says_neo4j_answers_and_which_dialect_it_speaks()
    {
        var body = await GetJsonAsync("/readyz", HttpStatusCode.OK);

        Assert.Equal("ready", body["status"]!.GetValue<string>());
        Assert.Equal("3.1.1", body["neo4j"]!.GetValue<string>());
        Assert.Equal("Neo4j3", body["dialect"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphiQL_is_served_from_local_files_only()
    {
        var page = await _http.GetStringAsync(new Uri("/graphiql/", UriKind.Relative));

        Assert.Contains("GraphiQL", page, StringComparison.Ordinal);
        var assets = AssetReference().Matches(page).Select(m => m.Groups["url"].Value).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets.Where(a => !a.StartsWith("data:", StringComparison.Ordinal)))
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            using var response = await _http.GetAsync(new Uri(asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_home_page_is_the_web_app_and_in_development_links_the_IDE()
    {
        var page = await _http.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<title>Find local support for people on probation – Rehab.Graph</title>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/graphiql/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_responses_show_the_cypher_each_request_ran()
    {
        var response = await app.CreateClient().PostAsync("{ needs { code } }");

        Assert.Equal(1, response.RoundTrips);
        Assert.Equal(["Listings/needs.cypher"], response.Body["extensions"]!["cypher"]!["statements"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    private async Task<JsonNode> GetJsonAsync(string path, HttpStatusCode expected)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [GeneratedRegex("(?:src|href)=\"(?<url>[^\"#]+)\"")]
    private static partial Regex AssetReference();
}
