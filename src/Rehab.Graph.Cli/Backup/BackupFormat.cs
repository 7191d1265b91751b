using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rehab.Graph.Cli.Backup;

/// <summary>
/// The backup file (docs/backup.md): line-delimited JSON, a header line, one line per node and then one per
/// relationship, and a trailer with the counts and checksums per label and per relationship type.
/// </summary>
internal static partial class BackupFormat
{
    public const string Name = "rehab-graph-backup";
    public const int Version = 1;

    /// <summary>Labels and types go into statement text (Cypher cannot take them as parameters), so only plain names are accepted.</summary>
    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();

    /// <summary>A node's content, independent of the database it is in: its labels and its typed property values.</summary>
    public static ulong NodeHash(IEnumerable<string> labels, JsonElement properties) =>
        Hash("node\n" + string.Join(",", labels.Order(StringComparer.Ordinal)) + "\n" + Canonical(properties));

    /// <summary>A relationship's content: its type, the content of the nodes it joins, and its typed property values.</summary>
    public static ulong RelationshipHash(string type, ulong start, ulong end, JsonElement properties) =>
        Hash($"relationship\n{type}\n{start:x16}\n{end:x16}\n{Canonical(properties)}");

    /// <summary>
    /// A property map as text in which an integer, a float, a string and a boolean never look alike: Neo4j's JSON
    /// writes a float with a point or an exponent (1.0), an integer without (1), so a value whose type changed
    /// changes the checksum.
    /// </summary>
    private static string Canonical(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("properties must be a JSON object.");
        }

        var text = new StringBuilder("{");
        foreach (var property in properties.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(JsonSerializer.Serialize(property.Name)).Append(':');
            Value(property.Value, text);
            text.Append(';');
        }

        return text.Append('}').ToString();
    }

    private static void Value(JsonElement value, StringBuilder text)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') >= 0:
                text.Append('f').Append(value.GetDouble().ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Number:
                text.Append('i').Append(value.GetInt64().ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.String:
                text.Append('s').Append(JsonSerializer.Serialize(value.GetString()));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                text.Append('b').Append(value.GetBoolean() ? '1' : '0');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                    {
                        throw new FormatException("an array property holds only primitive values.");
                    }

                    Value(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                // Neo4j 3.1 stores primitives and arrays of primitives only; a map or a null is not a property value.
                throw new FormatException($"a property value cannot be {value.ValueKind}.");
        }
    }

    private static ulong Hash(string text) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>The count and checksum of one label or relationship type: the sum of its items' hashes, so order does not matter and a duplicate shows.</summary>
internal sealed record Tally(long Count, string Checksum);

/// <summary>Counts and order-independent checksums per label and per relationship type, built item by item.</summary>
internal sealed class GraphTally
{
    private readonly SortedDictionary<string, (long Count, ulong Sum)> _labels = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (long Count, ulong Sum)> _types = new(StringComparer.Ordinal);

    public long Nodes { get; private set; }

    public long Relationships { get; private set; }

    public void AddNode(IEnumerable<string> labels, ulong hash)
    {
        Nodes++;
        // A node without labels is tallied under the empty name, so that it is counted and checked too.
        var any = false;
        foreach (var label in labels)
        {
            Add(_labels, label, hash);
            any = true;
        }

        if (!any)
        {
            Add(_labels, "", hash);
        }
    }

    public void AddRelationship(string type, ulong hash)
    {
        Relationships++;
        Add(_types, type, hash);
    }

    public IReadOnlyDictionary<string, Tally> Labels => Snapshot(_labels);

    public IReadOnlyDictionary<string, Tally> Types => Snapshot(_types);

    private static void Add(SortedDictionary<string, (long Count, ulong Sum)> tallies, string name, ulong hash)
    {
        var (count, sum) = tallies.GetValueOrDefault(name);
        tallies[name] = (count + 1, unchecked(sum + hash));
    }

    private static SortedDictionary<string, Tally> Snapshot(SortedDictionary<string, (long Count, ulong Sum)> tallies) =>
        new(tallies.ToDictionary(t => t.Key, t => new Tally(t.Value.Count, t.Value.Sum.ToString("x16", CultureInfo.InvariantCulture))), StringComparer.Ordinal);
}

/// <summary>The first line of a backup file.</summary>
internal sealed record BackupHeader(string Format, int Version, DateTimeOffset CreatedAt, string Neo4jVersion, long Nodes, long Relationships, IReadOnlyList<int> Migrations);

/// <summary>The last line of a backup file: what it holds, to check it and a restore against.</summary>
internal sealed record BackupTrailer(string Kind, long Nodes, long Relationships, IReadOnlyDictionary<string, Tally> Labels, IReadOnlyDictionary<string, Tally> Types)
{
    public const string EndKind = "end";

    public static BackupTrailer Of(GraphTally tally) => new(EndKind, tally.Nodes, tally.Relationships, tally.Labels, tally.Types);

    /// <summary>Each label and type whose count or checksum differs from <paramref name="other"/>'s, described.</summary>
    public IReadOnlyList<string> Differences(BackupTrailer other)
    {
        IEnumerable<string> Compare(string kind, IReadOnlyDictionary<string, Tally> expected, IReadOnlyDictionary<string, Tally> actual) =>
            expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
                .Where(name => expected.GetValueOrDefault(name) != actual.GetValueOrDefault(name))
                .Select(name => $"{kind} {(name == "" ? "(none)" : name)}: expected {Describe(expected.GetValueOrDefault(name))}, found {Describe(actual.GetValueOrDefault(name))}");

        return [.. Compare("label", Labels, other.Labels), .. Compare("type", Types, other.Types)];
    }

    private static string Describe(Tally? tally) => tally is null ? "none" : $"{tally.Count:N0} (checksum {tally.Checksum})";
}

/// <summary>One node line; <c>Key</c> names the node within this file only (the source's internal id).</summary>
internal sealed record NodeLine(string Kind, string Key, IReadOnlyList<string> Labels, JsonElement Properties)
{
    public const string NodeKind = "node";
}

/// <summary>One relationship line, joining two nodes by their keys in this file.</summary>
internal sealed record RelationshipLine(string Kind, string Type, string Start, string End, JsonElement Properties)
{
    public const string RelationshipKind = "relationship";
}
