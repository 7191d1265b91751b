using System.Net.Http.Json;
using System.Text.Json;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// A page of a backup on Neo4j 3 is a seek by id. Paging "after the last key" was planned as a scan of every node or
/// relationship per page, so a backup's time grew with the square of the graph (148,000 nodes took seven minutes).
/// </summary>
public sealed class BackupPagingPlanTests(Neo4jFixture neo4j)
{
    [Theory]
    [InlineData("Backup/read-nodes.v3.cypher", "NodeByIdSeek")]
    [InlineData("Backup/read-relationships.v3.cypher", "DirectedRelationshipByIdSeek")]
    public async Task A_page_is_read_by_seeking_its_ids_not_by_scanning_the_graph(string statement, string seek)
    {
        // Neo4j 3.1 plans by its counts, and an empty graph makes any scan look free: give it a small graph of its own.
        await neo4j.Client.RunAsync(TestCypher.Statement("a graph to plan against",
            "UNWIND range(1, 200) AS i CREATE (:BackupPlanTest {i: i})-[:BACKUP_PLAN_TEST]->(:BackupPlanTest {i: -i})"), TestContext.Current.CancellationToken);

        // The planner option keeps this text apart from the plans cached for the same statement by other tests.
        var operators = await PlanAsync("CYPHER planner=cost " + CypherStatement.From(statement).Text);

        Assert.True(operators.Any(o => o.StartsWith(seek, StringComparison.Ordinal)), string.Join(", ", operators));
        Assert.DoesNotContain(operators, o => o.Contains("Scan", StringComparison.Ordinal));
    }

    /// <summary>The operators of the statement's plan: the client keeps rows only, so this asks the HTTP API itself.</summary>
    private async Task<IReadOnlyList<string>> PlanAsync(string text)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(
            new Uri(neo4j.Server.Uri, "db/data/transaction/commit"), new { statements = new[] { new { statement = "EXPLAIN " + text } } }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Empty(body.GetProperty("errors").EnumerateArray());
        var operators = new List<string>();
        Collect(body.GetProperty("results")[0].GetProperty("plan").GetProperty("root"));
        return operators;

        void Collect(JsonElement node)
        {
            operators.Add(node.GetProperty("operatorType").GetString()!);
            foreach (var child in node.GetProperty("children").EnumerateArray())
            {
                Collect(child);
            }
        }
    }
}
