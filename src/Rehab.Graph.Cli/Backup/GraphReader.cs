using System.Globalization;
using System.Text.Json;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Cli.Backup;

/// <summary>
/// Reads a whole graph a page at a time, in internal-id order (<c>id()</c> on Neo4j 3, <c>elementId()</c> on 5), and
/// tallies it: the backup writes what it reads, and a restore reads the restored graph back to verify it. Only each
/// node's hash is kept, by key, to hash the relationships that join them; the graph itself is never held.
/// </summary>
internal sealed class GraphReader(CypherClient cypher, CypherDialect dialect, TextWriter progress)
{
    public const int PageSize = 5000;

    public async Task<(long Nodes, long Relationships)> CountAsync()
    {
        var results = await cypher.RunAsync([CypherStatement.From("Backup/count-nodes.cypher"), CypherStatement.From("Backup/count-relationships.cypher")]);
        return (results[0].Single<long>("count"), results[1].Single<long>("count"));
    }

    /// <summary>Reads every node and then every relationship, handing each to the callbacks, and returns the tally.</summary>
    public async Task<GraphTally> ReadAsync(long expectedNodes, long expectedRelationships, Func<NodeLine, Task> onNode, Func<RelationshipLine, Task> onRelationship)
    {
        var tally = new GraphTally();
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        await PageAsync("read-nodes", "nodes", expectedNodes, async row =>
        {
            var node = new NodeLine(NodeLine.NodeKind, Key(row[0]), [.. row[1].EnumerateArray().Select(l => l.GetString()!)], row[2].Clone());
            var hash = BackupFormat.NodeHash(node.Labels, node.Properties);
            hashes[node.Key] = hash;
            tally.AddNode(node.Labels, hash);
            await onNode(node);
        });
        await PageAsync("read-relationships", "relationships", expectedRelationships, async row =>
        {
            var relationship = new RelationshipLine(RelationshipLine.RelationshipKind, row[1].GetString()!, Key(row[2]), Key(row[3]), row[4].Clone());
            if (!hashes.TryGetValue(relationship.Start, out var start) || !hashes.TryGetValue(relationship.End, out var end))
            {
                throw new GraphChangedException("a relationship joins a node created after the nodes were read");
            }

            tally.AddRelationship(relationship.Type, BackupFormat.RelationshipHash(relationship.Type, start, end, relationship.Properties));
            await onRelationship(relationship);
        });
        return tally;
    }

    private async Task PageAsync(string statement, string what, long expected, Func<JsonElement, Task> onRow)
    {
        var file = $"Backup/{statement}.{(dialect == CypherDialect.Neo4j3 ? "v3" : "v5")}.cypher";
        object after = dialect == CypherDialect.Neo4j3 ? -1L : "";
        long read = 0;
        while (true)
        {
            var page = await cypher.RunAsync(CypherStatement.From(file, new Dictionary<string, object?> { ["after"] = after, ["limit"] = PageSize }));
            foreach (var row in page.Rows)
            {
                await onRow(row);
            }

            read += page.Rows.Count;
            if (page.Rows.Count > 0)
            {
                progress.WriteLine(Progress(what, read, expected));
            }

            if (page.Rows.Count < PageSize)
            {
                return;
            }

            var last = page.Rows[^1][0];
            after = last.ValueKind == JsonValueKind.Number ? last.GetInt64() : last.GetString()!;
        }
    }

    public static string Progress(string what, long done, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {done:N0}/{Math.Max(done, total):N0}");

    /// <summary>A node's key in the file: its internal id as text, whichever form the database gives it in.</summary>
    private static string Key(JsonElement id) => id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
}

/// <summary>The graph changed while it was read: the backup would not be a consistent picture of it.</summary>
internal sealed class GraphChangedException(string message) : Exception(message);
