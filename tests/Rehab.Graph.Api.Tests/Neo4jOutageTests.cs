using System.Net;
using System.Text.Json.Nodes;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>When Neo4j goes away the hub says UNAVAILABLE, not a stack trace, and recovers when it is back. Uses its own Neo4j and hub.</summary>
public sealed class Neo4jOutageTests
{
    [Fact]
    public async Task Neo4j_down_is_UNAVAILABLE_and_the_hub_recovers_when_it_is_back()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        await using var hub = new HubFactory(neo4j.Uri, seedDemoData: false);
        await hub.StartAsync();
        var client = new GraphQLClient(hub.CreateClient());
        (await client.PostAsync("{ needs { code } }")).AssertNoErrors();

        neo4j.Crash();
        var down = await client.PostAsync("{ needs { code } }");
        using var readiness = await client.Http.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal("UNAVAILABLE", down.SingleError().Code);
        Assert.DoesNotContain("127.0.0.1", down.Json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readiness.StatusCode);

        await neo4j.RestartAsync();
        var back = await client.PostAsync("{ needs { code } }");
        back.AssertNoErrors();
    }

    [Fact]
    public async Task The_Open_Referral_UK_API_answers_503_while_Neo4j_is_down_and_recovers_when_it_is_back()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        await using var hub = new HubFactory(neo4j.Uri, seedDemoData: false);
        await hub.StartAsync();
        var http = hub.CreateClient();
        var services = new Uri("/openreferral/services", UriKind.Relative);
        using var up = await http.GetAsync(services);

        neo4j.Crash();
        using var down = await http.GetAsync(services);
        var body = await down.Content.ReadAsStringAsync();

        await neo4j.RestartAsync();
        using var back = await http.GetAsync(services);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (up.StatusCode, down.StatusCode, back.StatusCode));
        Assert.Contains("cannot be read just now", body, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_availability_gauge_drops_to_0_while_Neo4j_is_unreachable_and_returns_to_1()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        await using var hub = new HubFactory(neo4j.Uri, seedDemoData: false);
        await hub.StartAsync();
        var client = new GraphQLClient(hub.CreateClient());
        (await client.PostAsync("{ needs { code } }")).AssertNoErrors();
        var up = HubGauges.Read(hub, "rehab.neo4j.available");

        neo4j.Crash();
        Assert.Equal("UNAVAILABLE", (await client.PostAsync("{ needs { code } }")).SingleError().Code);
        var down = HubGauges.Read(hub, "rehab.neo4j.available");

        await neo4j.RestartAsync();
        (await client.PostAsync("{ needs { code } }")).AssertNoErrors();
        var back = HubGauges.Read(hub, "rehab.neo4j.available");

        Assert.Equal<(long?, long?, long?)>((1, 0, 1), (up, down, back));
    }

    [Fact]
    public async Task Outside_development_there_is_no_IDE_and_no_cypher_diagnostics()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        await using var hub = new HubFactory(neo4j.Uri, seedDemoData: false, environment: "Production");
        await hub.StartAsync();
        var client = new GraphQLClient(hub.CreateClient());

        var response = await client.PostAsync("{ needs { code } }");
        using var ide = await client.Http.GetAsync(new Uri("/graphiql/", UriKind.Relative));

        response.AssertNoErrors();
        Assert.Null(response.Body["extensions"]?["cypher"]);
        Assert.Equal(HttpStatusCode.NotFound, ide.StatusCode);
        Assert.IsType<JsonArray>(response.Data!["needs"]);
    }
}
