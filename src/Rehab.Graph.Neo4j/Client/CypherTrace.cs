using System.Collections.Concurrent;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// Counts the Cypher round trips of one unit of work (a GraphQL request) and the statements sent,
/// so a request's cost can be shown and asserted. Flows with the async context.
/// </summary>
public sealed class CypherTrace
{
    private static readonly AsyncLocal<CypherTrace?> Ambient = new();
    private readonly ConcurrentQueue<string> _statements = new();
    private int _roundTrips;

    public static CypherTrace? Current => Ambient.Value;

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    public IReadOnlyList<string> Statements => [.. _statements];

    /// <summary>Starts a trace for the calling async flow; call it before awaiting the traced work.</summary>
    public static CypherTrace Begin()
    {
        var trace = new CypherTrace();
        Ambient.Value = trace;
        return trace;
    }

    internal static void Record(IReadOnlyList<CypherStatement> statements)
    {
        if (Ambient.Value is not { } trace)
        {
            return;
        }

        Interlocked.Increment(ref trace._roundTrips);
        foreach (var statement in statements)
        {
            trace._statements.Enqueue(statement.Name);
        }
    }
}
