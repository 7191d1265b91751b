using System.Diagnostics;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Testing;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// A transaction whose caller has gone must not keep its locks: the client rolls back what Neo4j opened after it
/// gave up, and the server rolls back what nobody finishes. Runs on a server of its own, as it freezes it.
/// </summary>
public sealed class AbandonedTransactionTests(AbandonedTransactionTests.OwnServer own) : IClassFixture<AbandonedTransactionTests.OwnServer>
{
    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_transaction_Neo4j_opens_after_the_client_gave_up_on_it_is_rolled_back_when_Neo4j_answers()
    {
        var id = await NewLockableAsync();
        var impatient = await own.Server.CreateClientAsync(TimeSpan.FromSeconds(1));

        own.Server.Freeze();
        try
        {
            await Assert.ThrowsAsync<Neo4jUnavailableException>(() => impatient.InTransactionAsync(async tx =>
            {
                await tx.RunAsync(Lock(id));
                return 0;
            }));
        }
        finally
        {
            own.Server.Thaw();
        }

        // Thawed, Neo4j runs the request it held and takes the lock for nobody. Only the client that sent it can
        // let go in time: the server's idle timeout is longer than this test may wait.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var waited = Stopwatch.StartNew();
        var other = await own.Server.CreateClientAsync(IdleTimeout / 2);
        await other.InTransactionAsync(tx => tx.CommitAsync(Lock(id)));

        Assert.True(waited.Elapsed < IdleTimeout, $"The lock was held for {waited.Elapsed.TotalSeconds:0.0} s.");
    }

    [Fact]
    public async Task An_open_transaction_nobody_finishes_is_rolled_back_after_the_idle_timeout()
    {
        var id = await NewLockableAsync();
        using var http = new HttpClient();
        // A caller that opens a transaction, takes a lock and goes away, as a killed hub would.
        using var opened = await http.PostAsync(new Uri(own.Server.Uri, "db/data/transaction"), new StringContent(
            $$"""{"statements":[{"statement":"MATCH (n:Lockable {id: '{{id}}'}) SET n.locked = true RETURN n.id"}]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, opened.StatusCode);

        var other = await own.Server.CreateClientAsync(IdleTimeout + TimeSpan.FromSeconds(20));
        var results = await other.InTransactionAsync(tx => tx.CommitAsync(Lock(id)));

        Assert.Equal([id], results[0].Read<string>("id"));
    }

    private static CypherStatement Lock(string id) =>
        Statement("lock", "MATCH (n:Lockable {id: $id}) SET n.locked = true RETURN n.id AS id", new() { ["id"] = id });

    private async Task<string> NewLockableAsync()
    {
        var id = UniqueId();
        await (await own.Server.CreateClientAsync()).RunAsync(Statement("lockable", "CREATE (:Lockable {id: $id})", new() { ["id"] = id }));
        return id;
    }

    public sealed class OwnServer : IAsyncLifetime
    {
        private TestNeo4jServer? _server;

        public TestNeo4jServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

        // Transactions may run long here: what ends the abandoned ones must be the client or the idle timeout.
        public async ValueTask InitializeAsync() =>
            _server = await TestNeo4jServer.StartAsync(new LocalNeo4jOptions { TransactionIdleTimeout = IdleTimeout, TransactionTimeout = TimeSpan.FromMinutes(5) });

        public async ValueTask DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
