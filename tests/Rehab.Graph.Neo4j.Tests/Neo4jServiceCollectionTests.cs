using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Hosting;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>The hub's HttpClients for Neo4j, as AddNeo4jGraph registers them: both from the HttpClient factory.</summary>
public sealed class Neo4jServiceCollectionTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task Every_request_of_the_Cypher_client_goes_through_the_factorys_client_for_it()
    {
        var sent = new List<Uri>();
        var services = Services();
        services.AddHttpClient(nameof(CypherClient)).AddHttpMessageHandler(() => new Recording(sent));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Neo4jConnection>().Connect((await neo4j.ConnectAsync()).Endpoint!);
        var cypher = provider.GetRequiredService<CypherClient>();

        await cypher.RunAsync(TestCypher.Statement("one", "RETURN 1 AS one"), TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => cypher.InTransactionAsync<int>(async transaction =>
        {
            await transaction.RunAsync(TestCypher.Statement("two", "RETURN 2 AS two"));
            throw new InvalidOperationException("The work failed, so the transaction is rolled back.");
        }, TestContext.Current.CancellationToken));

        // The auto-committed request, then the explicit transaction's first request and its rollback.
        Assert.Equal(3, sent.Count);
        Assert.All(sent, uri => Assert.Equal(neo4j.Server.Uri.Authority, uri.Authority));
    }

    [Fact]
    public async Task The_Cypher_client_keeps_one_handler_renews_its_connections_and_has_no_timeout_of_its_own_while_start_up_waits_5_s()
    {
        await using var provider = Services().BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        Assert.Equal(Timeout.InfiniteTimeSpan, provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(CypherClient)).HandlerLifetime);
        Assert.Equal(TimeSpan.FromMinutes(10), Assert.IsType<SocketsHttpHandler>(Primary(provider, nameof(CypherClient))).PooledConnectionLifetime);
        Assert.Equal(Timeout.InfiniteTimeSpan, factory.CreateClient(nameof(CypherClient)).Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), factory.CreateClient(nameof(Neo4jStartup)).Timeout);
    }

    private IServiceCollection Services() =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Uri"] = neo4j.Server.Uri.AbsoluteUri }).Build())
            .AddLogging()
            .AddNeo4jGraph();

    /// <summary>The handler at the end of the factory's chain for the named client: the one that opens connections.</summary>
    private static HttpMessageHandler Primary(IServiceProvider provider, string name)
    {
        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name);
        while (handler is DelegatingHandler { InnerHandler: { } inner })
        {
            handler = inner;
        }

        return handler;
    }

    private sealed class Recording(List<Uri> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (sent)
            {
                sent.Add(request.RequestUri!);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
