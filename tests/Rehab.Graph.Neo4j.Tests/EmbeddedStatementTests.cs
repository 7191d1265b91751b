using Rehab.Graph.Neo4j.Client;
using static Rehab.Graph.Neo4j.Tests.TestCypher;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// Every statement the hub embeds compiles on Neo4j 3.1.1. EXPLAIN plans a statement without running
/// it, and 3.1.1 plans without parameter values, so no data or parameters are needed.
/// </summary>
public sealed class EmbeddedStatementTests(Neo4jFixture neo4j)
{
    private const string Prefix = "cypher/";

    public static TheoryData<string, int> Statements()
    {
        var data = new TheoryData<string, int>();
        foreach (var (name, part) in Cases())
        {
            data.Add(name, part);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Embedded_statement_compiles_on_Neo4j_3_1_1(string name, int part)
    {
        var text = Parts(name)[part - 1];

        var result = await neo4j.Client.RunAsync(Statement($"explain/{name}#{part}", "EXPLAIN " + text), TestContext.Current.CancellationToken);

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task Explain_rejects_an_unknown_function()
    {
        await Assert.ThrowsAsync<CypherBugException>(() =>
            neo4j.Client.RunAsync(Statement("explain/unknown", "EXPLAIN MATCH (n) RETURN noSuchFunction(n)"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Every_kind_of_statement_is_checked()
    {
        var names = Cases().Select(c => c.Name).ToHashSet();

        Assert.Contains("Listings/services-near.cypher", names);
        Assert.Contains("Seeding/load-organisations.cypher", names);
        Assert.Contains("Seeding/load-services.v3.cypher", names);
        Assert.Contains("Migrations/001-unique-ids.v3.cypher", names);
        Assert.DoesNotContain("Migrations/001-unique-ids.v5.cypher", names);
    }

    private static IEnumerable<(string Name, int Part)> Cases() =>
        typeof(CypherStatement).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            // Neo4j 5 DDL; its 3.x twin (*.v3.cypher) is checked here instead.
            .Where(n => !n.EndsWith(".v5.cypher", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n => Enumerable.Range(1, Parts(n).Count).Select(part => (n, part)));

    /// <summary>Version-specific DDL files hold several ';'-separated statements, as the migration runner splits them.</summary>
    private static IReadOnlyList<string> Parts(string name)
    {
        var text = CypherStatement.From(name).Text;
        return name.EndsWith(".v3.cypher", StringComparison.Ordinal)
            ? text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [text];
    }
}
