using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Client;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

public sealed class CypherClientTests(Neo4jFixture neo4j)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CypherClient Client => neo4j.Client;

    [Fact]
    public async Task A_parameterised_statement_returns_its_rows()
    {
        var result = await Client.RunAsync(
            Statement("double", "UNWIND $numbers AS n RETURN n * 2 AS doubled, $word AS word", new() { ["numbers"] = new[] { 1, 2, 3 }, ["word"] = "hi" }),
            Ct);

        Assert.Equal(["doubled", "word"], result.Columns);
        Assert.Equal([2, 4, 6], result.Read<int>("doubled"));
        Assert.Equal(["hi", "hi", "hi"], result.Read<string>("word"));
    }

    [Fact]
    public async Task Text_round_trips_unchanged()
    {
        const string text = "Zoë’s café – Łódź, 東京 🚲";

        var result = await Client.RunAsync(Statement("echo", "RETURN $text AS text", new() { ["text"] = text }), Ct);

        Assert.Equal(text, result.Single<string>("text"));
    }

    [Fact]
    public async Task A_map_column_reads_as_a_record()
    {
        var result = await Client.RunAsync(
            Statement("map", "RETURN {name: $name, visits: 3, tags: ['a', 'b']} AS row", new() { ["name"] = "Hull Food Hub" }),
            Ct);

        var row = result.Single<MapRow>("row");
        Assert.Equal("Hull Food Hub", row.Name);
        Assert.Equal(3, row.Visits);
        Assert.Equal(["a", "b"], row.Tags);
    }

    [Fact]
    public async Task A_node_reads_as_its_properties()
    {
        var id = UniqueId();

        var result = await Client.RunAsync(
            Statement("create", $"CREATE (n:{UniqueLabel()} {{id: $id, lat: 53.5}}) RETURN n", new() { ["id"] = id }),
            Ct);

        var node = result.Single<Dictionary<string, JsonElement>>("n");
        Assert.Equal(id, node["id"].GetString());
        Assert.Equal(53.5, node["lat"].GetDouble());
    }

    [Fact]
    public async Task Single_of_several_rows_fails()
    {
        var result = await Client.RunAsync(Statement("two", "UNWIND [1, 2] AS n RETURN n"), Ct);

        var error = Assert.Throws<InvalidOperationException>(() => result.Single<int>("n"));
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_missing_column_names_it()
    {
        var result = await Client.RunAsync(Statement("one", "RETURN 1 AS one"), Ct);

        var error = Assert.Throws<InvalidOperationException>(() => result.Read<int>("two"));
        Assert.Contains("'two'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_statements_share_one_round_trip()
    {
        var trace = CypherTrace.Begin();

        var results = await Client.RunAsync(
            [
                Statement("first", "RETURN 1 AS n"),
                Statement("second", "UNWIND [2, 3] AS n RETURN n"),
                Statement("third", "UNWIND [] AS n RETURN n"),
            ],
            Ct);

        Assert.Equal([[1], [2, 3], []], results.Select(r => r.Read<int>("n")));
        Assert.Equal(1, trace.RoundTrips);
        Assert.Equal(["test/first", "test/second", "test/third"], trace.Statements);
    }

    [Fact]
    public async Task A_trace_counts_each_request()
    {
        var trace = CypherTrace.Begin();

        await Client.RunAsync(Statement("a", "RETURN 1 AS n"), Ct);
        await Client.RunAsync(Statement("b", "RETURN 1 AS n"), Ct);

        Assert.Equal(2, trace.RoundTrips);
    }

    [Fact]
    public async Task A_transaction_commits_when_the_work_returns()
    {
        var label = UniqueLabel();

        var seenInside = await Client.InTransactionAsync(
            async tx =>
            {
                await tx.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = UniqueId() }));
                var results = await tx.RunAsync(
                    Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = UniqueId() }),
                    Statement("count", $"MATCH (n:{label}) RETURN count(n) AS n"));
                return results[1].Single<int>("n");
            },
            Ct);

        Assert.Equal(2, seenInside);
        Assert.Equal(2, await Client.CountAsync(label));
    }

    [Fact]
    public async Task A_transaction_rolls_back_when_the_work_throws()
    {
        var label = UniqueLabel();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Client.InTransactionAsync<int>(
            async tx =>
            {
                await tx.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = UniqueId() }));
                throw new InvalidOperationException("the work failed");
            },
            Ct));

        Assert.Equal("the work failed", error.Message);
        Assert.Equal(0, await Client.CountAsync(label));
    }

    [Fact]
    public async Task Uncommitted_writes_are_invisible_to_other_requests()
    {
        var label = UniqueLabel();

        var seenOutside = await Client.InTransactionAsync(
            async tx =>
            {
                await tx.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = UniqueId() }));
                return await Client.CountAsync(label);
            },
            Ct);

        Assert.Equal(0, seenOutside);
        Assert.Equal(1, await Client.CountAsync(label));
    }

    [Fact]
    public async Task A_failing_statement_leaves_nothing_of_its_transaction()
    {
        var label = UniqueLabel();

        await Assert.ThrowsAsync<CypherBugException>(() => Client.InTransactionAsync(
            async tx =>
            {
                await tx.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", new() { ["id"] = UniqueId() }));
                return await tx.RunAsync(Statement("broken", "RETURN 1 +"));
            },
            Ct));

        Assert.Equal(0, await Client.CountAsync(label));
    }

    [Fact]
    public async Task A_duplicate_unique_key_is_a_conflict()
    {
        var label = await neo4j.UniqueIdLabelAsync();
        var taken = new Dictionary<string, object?> { ["id"] = UniqueId() };
        await Client.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", taken), Ct);

        var error = await Assert.ThrowsAsync<Neo4jConflictException>(() =>
            Client.RunAsync(Statement("duplicate", $"CREATE (:{label} {{id: $id}})", taken), Ct));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal("test/duplicate", error.StatementName);
    }

    [Fact]
    public async Task A_conflict_in_a_transaction_leaves_none_of_its_writes()
    {
        var label = await neo4j.UniqueIdLabelAsync();
        var taken = new Dictionary<string, object?> { ["id"] = UniqueId() };
        var fresh = new Dictionary<string, object?> { ["id"] = UniqueId() };
        await Client.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", taken), Ct);

        await Assert.ThrowsAsync<Neo4jConflictException>(() => Client.InTransactionAsync(
            async tx =>
            {
                await tx.RunAsync(Statement("create", $"CREATE (:{label} {{id: $id}})", fresh));
                return await tx.RunAsync(Statement("duplicate", $"CREATE (:{label} {{id: $id}})", taken));
            },
            Ct));

        var found = await Client.RunAsync(Statement("find", $"MATCH (n:{label} {{id: $id}}) RETURN n.id AS id", fresh), Ct);
        Assert.Empty(found.Rows);
    }

    [Fact]
    public async Task A_syntax_error_is_a_bug_in_the_statement()
    {
        var error = await Assert.ThrowsAsync<CypherBugException>(() => Client.RunAsync(Statement("typo", "MATCH (n RETURN n"), Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("test/typo", error.StatementName);
    }

    [Fact]
    public async Task A_missing_parameter_is_a_bug_in_the_statement()
    {
        var error = await Assert.ThrowsAsync<CypherBugException>(() =>
            Client.RunAsync(Statement("unbound", "RETURN $absent AS value"), Ct));

        Assert.Equal("Neo.ClientError.Statement.ParameterMissing", error.Code);
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_request()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.RunAsync(Statement("one", "RETURN 1 AS one"), cancelled.Token));
    }

    [Fact]
    public async Task Cancelling_while_the_request_is_sent_is_a_cancellation_not_an_outage()
    {
        using var cancellation = new CancellationTokenSource();
        var client = new CypherClient(new HttpClient(new CancelOnSend(cancellation)), await neo4j.ConnectAsync(), NullLogger<CypherClient>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(Statement("one", "RETURN 1 AS one"), cancellation.Token));
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable_after_retries()
    {
        var connection = new Neo4jConnection();
        connection.Connect(new Neo4jEndpoint(new Uri($"http://127.0.0.1:{ClosedPort()}/"), CypherDialect.Neo4j3, "3.1.1", "neo4j", null));
        var counter = new CountRequests();
        var client = new CypherClient(new HttpClient(counter), connection, NullLogger<CypherClient>.Instance);

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync(Statement("one", "RETURN 1 AS one"), Ct));

        Assert.True(counter.Requests > 1, $"Expected retries, got {counter.Requests} request(s).");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record MapRow(string Name, int Visits, IReadOnlyList<string> Tags);

    private sealed class CancelOnSend(CancellationTokenSource cancellation) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await cancellation.CancelAsync();
            return await base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountRequests() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
