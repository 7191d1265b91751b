using System.Collections.Concurrent;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>One Cypher statement with its parameters. Values always travel as parameters, never in the text.</summary>
public sealed record CypherStatement(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
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
