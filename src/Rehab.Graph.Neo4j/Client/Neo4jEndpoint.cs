using System.Net.Http.Headers;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>Which Cypher/DDL dialect and HTTP paths the server speaks.</summary>
public enum CypherDialect
{
    /// <summary>Neo4j 3.x: <c>/db/data/transaction</c>, <c>CREATE CONSTRAINT ON ... ASSERT</c>.</summary>
    Neo4j3,

    /// <summary>Neo4j 4.x and 5.x: <c>/db/{database}/tx</c>, <c>CREATE CONSTRAINT ... IF NOT EXISTS FOR ... REQUIRE</c>.</summary>
    Neo4j5,
}

/// <summary>A reachable Neo4j server: where it is, what it speaks and how to sign in.</summary>
public sealed record Neo4jEndpoint(Uri BaseUri, CypherDialect Dialect, string Version, string Database, AuthenticationHeaderValue? Authorization)
{
    public Uri TransactionUri => new(BaseUri, Dialect == CypherDialect.Neo4j3 ? "db/data/transaction" : $"db/{Uri.EscapeDataString(Database)}/tx");

    public Uri CommitUri => new(TransactionUri + "/commit");
}
