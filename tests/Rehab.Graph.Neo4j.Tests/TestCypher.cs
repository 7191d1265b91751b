using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Test-only statements and names that no other test (or the demo region) uses.</summary>
internal static class TestCypher
{
    public static CypherStatement Statement(string name, string text, Dictionary<string, object?>? parameters = null) =>
        new($"test/{name}", text, parameters ?? new Dictionary<string, object?>());

    public static string UniqueLabel() => $"Test{Guid.NewGuid():N}";

    public static string UniqueId() => $"t-{Guid.NewGuid():N}";

    public static async Task<int> CountAsync(this CypherClient client, string label) =>
        (await client.RunAsync(Statement("count", $"MATCH (n:{label}) RETURN count(n) AS n"), TestContext.Current.CancellationToken)).Single<int>("n");
}
