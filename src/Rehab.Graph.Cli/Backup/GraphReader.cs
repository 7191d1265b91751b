using System.Globalization;
using System.Text.Json;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Cli.Backup;

/// <summary>
/// Reads a whole graph a page at a time, in internal-id order (<c>id()</c> on Neo4j 3, <c>elementId()</c> on 5), and
/// tallies it: the backup writes what it reads, and a restore reads the restored graph back to verify it. Only each
/// node's hash is kept, by key, to hash the relationships that join them; the graph itself is never held.
/// On Neo4j 3 a page is a range of <see cref="PageSize"/> internal ids, up to the highest in use, which 3.1 seeks by
/// id, so the read is linear in the graph; on 5 it is the next <see cref="PageSize"/> keys after the last one read.
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
        long read = 0;
        async Task ReadPageAsync(IReadOnlyList<JsonElement> rows)
        {
            foreach (var row in rows)
            {
                await onRow(row);
            }

            read += rows.Count;
            if (rows.Count > 0)
            {
                progress.WriteLine(Progress(what, read, expected));
            }
        }

        if (dialect == CypherDialect.Neo4j3)
        {
            await PageByIdRangesAsync(statement, ReadPageAsync);
        }
        else
        {
            await PageAfterKeysAsync($"Backup/{statement}.v5.cypher", ReadPageAsync);
        }
    }

    /// <summary>Ranges of ids rather than "the next page after the last key": Neo4j 3.1 plans the latter as a scan of them all, per page.</summary>
    private async Task PageByIdRangesAsync(string statement, Func<IReadOnlyList<JsonElement>, Task> onPage)
    {
        var highestId = statement == "read-nodes" ? "Backup/highest-node-id.v3.cypher" : "Backup/highest-relationship-id.v3.cypher";
        var highest = (await cypher.RunAsync(CypherStatement.From(highestId))).Single<long?>("highest");
        for (long first = 0; highest is { } end && first <= end; first += PageSize)
        {
            var page = await cypher.RunAsync(CypherStatement.From($"Backup/{statement}.v3.cypher", new Dictionary<string, object?> { ["first"] = first, ["last"] = first + PageSize - 1 }));
            await onPage(page.Rows);
        }
    }

    private async Task PageAfterKeysAsync(string file, Func<IReadOnlyList<JsonElement>, Task> onPage)
    {
        var after = "";
        while (true)
        {
            var page = await cypher.RunAsync(CypherStatement.From(file, new Dictionary<string, object?> { ["after"] = after, ["limit"] = PageSize }));
            await onPage(page.Rows);
            if (page.Rows.Count < PageSize)
            {
                return;
            }

            after = page.Rows[^1][0].GetString()!;
        }
    }

    public static string Progress(string what, long done, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {done:N0}/{Math.Max(done, total):N0}");

    /// <summary>A node's key in the file: its internal id as text, whichever form the database gives it in.</summary>
    private static string Key(JsonElement id) => id.ValueKind == JsonValueKind.Number ? id.GetRawText() : id.GetString()!;
}

/// <summary>The graph changed while it was read: the backup would not be a consistent picture of it.</summary>
internal sealed class GraphChangedException(string message) : Exception(message);
