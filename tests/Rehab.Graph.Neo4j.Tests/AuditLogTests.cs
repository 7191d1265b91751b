using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Domain.Audit;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Reads' audit entries are committed together, each read waiting for its own, and a commit that fails fails every read waiting on it.</summary>
public sealed class AuditLogTests(Neo4jFixture neo4j)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Entries_asked_for_at_once_are_each_committed_before_their_read_goes_on_and_share_commits()
    {
        var requests = new CountingHandler();
        var log = new AuditLog(new CypherClient(new HttpClient(requests), await neo4j.ConnectAsync(), NullLogger<CypherClient>.Instance));
        var target = UniqueId();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => log.RecordAsync(Entry(target, $"read {i}")), Ct)));

        var recorded = await neo4j.Client.RunAsync(
            Statement("recorded", "MATCH (:AuditTarget {id: $target})-[:HAS_AUDIT_ENTRY]->(a) RETURN collect(a.summary) AS summaries", new() { ["target"] = target }), Ct);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"read {i}").Order(), recorded.Single<IReadOnlyList<string>>("summaries").Order());
        Assert.InRange(requests.Count, 1, 39);
    }

    [Fact]
    public async Task A_read_whose_entry_cannot_be_committed_fails_and_the_next_one_is_committed()
    {
        var unreachable = new Neo4jConnection();
        unreachable.Connect(new Neo4jEndpoint(new Uri("http://127.0.0.1:1/"), CypherDialect.Neo4j3, "3.1.1", "neo4j", null));
        var failing = new AuditLog(new CypherClient(new HttpClient(), unreachable, NullLogger<CypherClient>.Instance));

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => failing.RecordAsync(Entry(UniqueId(), "lost")));
        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => failing.RecordAsync([Entry(UniqueId(), "lost too"), Entry(UniqueId(), "and this")]));

        var log = new AuditLog(neo4j.Client);
        var target = UniqueId();
        await log.RecordAsync(Entry(target, "kept"));
        var recorded = await neo4j.Client.RunAsync(
            Statement("recorded", "MATCH (:AuditTarget {id: $target})-[:HAS_AUDIT_ENTRY]->(a) RETURN count(a) AS n", new() { ["target"] = target }), Ct);
        Assert.Equal(1, recorded.Single<int>("n"));
    }

    private static AuditEntry Entry(string target, string summary) => new(
        $"aud-{Guid.CreateVersion7():N}", DateTimeOffset.UtcNow, "OFFENDER_MANAGER", "prac-test", AuditActions.PersonRead, target, summary, null, null, null, "prac-test", null);

    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
