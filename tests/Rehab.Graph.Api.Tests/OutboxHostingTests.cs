using System.Net;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>The hub's own dispatcher, polling (and pruning) in the background, through a Neo4j outage. Uses its own Neo4j and hub.</summary>
public sealed class OutboxHostingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_hub_sends_and_prunes_by_itself_keeps_running_while_Neo4j_is_down_and_sends_again_when_it_is_back()
    {
        var outbox = Directory.CreateTempSubdirectory("rehab-outbox-");
        try
        {
            await using var neo4j = await TestNeo4jServer.StartAsync();
            var cypher = await neo4j.CreateClientAsync();
            // Before the hub starts, so that its first poll, which prunes, finds it.
            await cypher.RunAsync(new CypherStatement("test: sent long ago", "CREATE (:OutboxMessage {id: 'msg-long-ago', attempts: 0, createdAt: $at, sentAt: $at})",
                new Dictionary<string, object?> { ["at"] = Neo4j.Audit.AuditTrail.Timestamp(DateTimeOffset.UtcNow.AddDays(-100)) }));
            await using var hub = new HubFactory(neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
            {
                ["Outbox:Directory"] = outbox.FullName,
                ["Outbox:PollSeconds"] = "0.2",
                ["Outbox:RetrySeconds"] = "0",
            });
            await hub.StartAsync();
            using var http = hub.CreateClient();

            await EnqueueAsync(cypher, "msg-before");
            await WaitForFileAsync(outbox, "msg-before");
            await WaitForPrunedAsync(cypher, "msg-long-ago");

            neo4j.Crash();
            await Task.Delay(TimeSpan.FromSeconds(3), Cancel);
            using var alive = await http.GetAsync(new Uri("/healthz", UriKind.Relative), Cancel);
            using var garbage = await http.GetAsync(new Uri("/verify/not-a-code", UriKind.Relative), Cancel);
            using var wellFormed = await http.GetAsync(new Uri($"/verify/{Guid.NewGuid():N}", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
            // Not a code: answered without asking the graph, which is down.
            Assert.Equal(HttpStatusCode.NotFound, garbage.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, wellFormed.StatusCode);

            await neo4j.RestartAsync();
            await EnqueueAsync(cypher, "msg-after");
            await WaitForFileAsync(outbox, "msg-after");
        }
        finally
        {
            outbox.Delete(recursive: true);
        }
    }

    private static Task EnqueueAsync(CypherClient cypher, string id) =>
        cypher.RunAsync(Neo4j.Outbox.OutboxWrites.Enqueue(new(id, Domain.ImmediateJustice.MessageChannel.Text, "+447700900123", "Reminder", "See you Monday.", DateTimeOffset.UtcNow)));

    private static async Task WaitForPrunedAsync(CypherClient cypher, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await cypher.RunAsync(new CypherStatement("test: message left", "MATCH (m:OutboxMessage {id: $id}) RETURN count(m) AS n",
            new Dictionary<string, object?> { ["id"] = id }), Cancel)).Single<int>("n") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The hub did not prune {id} by itself.");
            await Task.Delay(100, Cancel);
        }
    }

    private static async Task WaitForFileAsync(DirectoryInfo outbox, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (outbox.GetFiles($"*-{id}.text.txt").Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The hub did not send {id} by itself.");
            await Task.Delay(100, Cancel);
        }
    }
}
