using System.Net;
using System.Net.Sockets;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Tests;

public sealed class Neo4jDiscoveryTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task The_local_server_is_found_to_be_Neo4j_3_1_1()
    {
        using var http = new HttpClient();

        var endpoint = await Neo4jDiscovery.DiscoverAsync(http, neo4j.Server.Uri, new Neo4jOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(CypherDialect.Neo4j3, endpoint.Dialect);
        Assert.Equal("3.1.1", endpoint.Version);
        Assert.Null(endpoint.Authorization);
        Assert.Equal(new Uri(neo4j.Server.Uri, "db/data/transaction/commit"), endpoint.CommitUri);
    }

    [Fact]
    public async Task A_closed_port_is_unavailable()
    {
        using var http = new HttpClient();
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() =>
            Neo4jDiscovery.DiscoverAsync(http, new Uri($"http://127.0.0.1:{port}/"), new Neo4jOptions(), TestContext.Current.CancellationToken));
    }
}
