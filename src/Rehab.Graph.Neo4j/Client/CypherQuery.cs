namespace Rehab.Graph.Neo4j.Client;

/// <summary>A statement and how to read its result: a read that can run alone or share a request with others.</summary>
public sealed record CypherQuery<T>(CypherStatement Statement, Func<CypherResult, T> Read);
