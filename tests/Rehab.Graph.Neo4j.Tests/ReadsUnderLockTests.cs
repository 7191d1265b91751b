using Rehab.Graph.Neo4j.Client;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// A statement that waits for a lock and then reads must see what the lock's last holder committed, also what it reads
/// through a label, which Neo4j 3.1 takes as it stood when the statement began (a session logged twice was counted
/// twice that way).
/// </summary>
public sealed class ReadsUnderLockTests(Neo4jFixture neo4j)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CypherClient Client => neo4j.Client;

    [Fact]
    public async Task A_statement_that_waited_for_a_lock_reads_what_the_holder_committed_meanwhile()
    {
        var (owner, item, id) = (UniqueLabel(), UniqueLabel(), UniqueId());
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        await Client.RunAsync(Statement("owner", $"CREATE (:{owner} {{id: $id}}) CREATE (:{item} {{owner: 'someone else'}})", parameters), Ct);
        var lockThenCount = Statement(
            "lock-then-count",
            $"MATCH (o:{owner} {{id: $id}}) SET o._lock = true WITH o OPTIONAL MATCH (i:{item}) WHERE i.owner = o.id RETURN count(i) AS items",
            parameters) with { ReadsUnderLock = true };

        var counted = await Client.InTransactionAsync(async holder =>
        {
            await holder.RunAsync(Statement("lock", $"MATCH (o:{owner} {{id: $id}}) SET o._lock = true", parameters));
            var waiting = Client.InTransactionAsync(reader => reader.CommitAsync(lockThenCount), Ct);
            // Long enough for the reader's statement to begin and wait for the lock, which is the case that matters.
            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            await holder.CommitAsync(Statement("add", $"MATCH (o:{owner} {{id: $id}}) CREATE (:{item} {{owner: o.id}}) REMOVE o._lock", parameters));
            return await waiting;
        }, Ct);

        Assert.Equal(1, Assert.Single(counted).Single<int>("items"));
    }

    [Fact]
    public async Task Each_statement_in_a_request_keeps_its_own_result_when_one_is_sent_twice()
    {
        var (label, id) = (UniqueLabel(), UniqueId());
        var parameters = new Dictionary<string, object?> { ["id"] = id };
        await Client.RunAsync(Statement("node", $"CREATE (:{label} {{id: $id, n: 7}})", parameters), Ct);

        var results = await Client.RunAsync(
            [
                Statement("before", "RETURN 'before' AS said"),
                Statement("locked", $"MATCH (x:{label} {{id: $id}}) SET x._lock = true REMOVE x._lock RETURN x.n AS n", parameters) with { ReadsUnderLock = true },
                Statement("after", "RETURN 'after' AS said"),
            ],
            Ct);

        Assert.Equal(3, results.Count);
        Assert.Equal("before", results[0].Single<string>("said"));
        Assert.Equal(7, results[1].Single<int>("n"));
        Assert.Equal("after", results[2].Single<string>("said"));
    }
}
