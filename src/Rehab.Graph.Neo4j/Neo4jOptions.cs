using Rehab.Graph.Neo4j.Local;

namespace Rehab.Graph.Neo4j;

/// <summary>The <c>Neo4j</c> configuration section.</summary>
public sealed record Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>A server of your own (e.g. Neo4j 5 at http://host:7474/); when absent the hub runs a local 3.1.1.</summary>
    public Uri? Uri { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The database on Neo4j 4/5; 3.x has only one.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Load the demo region when the database holds none (Development).</summary>
    public bool SeedDemoData { get; init; }

    /// <summary>
    /// How long the hub waits for any answer from Neo4j before it answers UNAVAILABLE. Unset: 5 s longer than the
    /// server's transaction timeout (<see cref="LocalNeo4jOptions.TransactionTimeout"/>, which a Neo4j of your own should
    /// match with <c>db.transaction.timeout</c>), so that the server ends a transaction before the hub gives up on it.
    /// </summary>
    public TimeSpan? RequestTimeout { get; init; }

    public TimeSpan EffectiveRequestTimeout => RequestTimeout ?? Local.TransactionTimeout + TimeSpan.FromSeconds(5);

    public LocalNeo4jOptions Local { get; init; } = new();
}
