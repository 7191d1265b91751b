using System.Collections.Concurrent;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>One Cypher statement with its parameters. Values always travel as parameters, never in the text.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>
    /// True for a statement that takes write locks (<c>SET x._lock = true</c>) and then reads what they guard. Neo4j 3.1
    /// reads label and index entries as they stood when a statement began, so a statement that waited for a lock can miss
    /// what the lock's last holder committed: a session logged, a refund made. Such a statement is sent twice in one
    /// request; the first run waits for the locks, and the second, begun under them, gives the result. It must be safe
    /// to repeat: locks, reads and MERGEs, never a CREATE.
    /// </summary>
    public bool ReadsUnderLock { get; init; }

    private static readonly ConcurrentDictionary<string, string> Texts = new();

    /// <summary>
    /// A statement from a named <c>.cypher</c> file embedded in this assembly,
    /// e.g. <c>From("Listings/services-near.cypher", ...)</c>.
    /// </summary>
    public static CypherStatement From(string name, IReadOnlyDictionary<string, object?>? parameters = null) =>
        new(name, Texts.GetOrAdd(name, Load), parameters ?? new Dictionary<string, object?>());

    private static string Load(string name)
    {
        using var stream = typeof(CypherStatement).Assembly.GetManifestResourceStream("cypher/" + name)
            ?? throw new InvalidOperationException($"No embedded Cypher statement named '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim().TrimEnd(';');
    }
}
