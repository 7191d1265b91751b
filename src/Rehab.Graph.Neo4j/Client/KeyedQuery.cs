namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// A statement that fetches many items by key at once, and how to read its result: the unit a
/// request-scoped loader batches, so several loaders can share one round trip.
/// </summary>
public sealed record KeyedQuery<TKey, T>(
    string Name,
    Func<IReadOnlyList<TKey>, CypherStatement> Statement,
    Func<CypherResult, IReadOnlyList<TKey>, IReadOnlyDictionary<TKey, T>> Read)
    where TKey : notnull;
