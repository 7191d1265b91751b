using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Local;

namespace Rehab.Graph.Cli;

/// <summary>
/// The Neo4j a command works on: <c>--neo4j URI</c>, else <c>Neo4j__Uri</c> (with <c>Neo4j__User</c>,
/// <c>Neo4j__Password</c>, <c>Neo4j__Database</c>) as the hub reads them, else the hub's local development Neo4j,
/// if it is running. A command never starts a server of its own.
/// </summary>
internal static class Neo4jTarget
{
    /// <summary>The URI given by <c>--neo4j</c> or <c>Neo4j__Uri</c>; null means the hub's local one.</summary>
    public static Uri? Parse(string? option, Func<string, string?> environment) =>
        (option ?? environment("Neo4j__Uri")) is { } text
            ? Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ArgumentException($"'--neo4j' (or Neo4j__Uri) must be an http(s) URI such as http://localhost:7474 (got '{text}').")
            : null;

    /// <summary>
    /// <paramref name="uri"/>, or else the running local Neo4j; null, once <paramref name="error"/> has heard why, when
    /// there is none. <paramref name="purpose"/> completes "No Neo4j to ...".
    /// </summary>
    public static async Task<Uri?> ResolveAsync(Uri? uri, string purpose, TextWriter error, Func<string, string?> environment)
    {
        if (uri is not null)
        {
            return uri;
        }

        var local = new LocalNeo4jOptions { CacheDirectory = environment("Neo4j__Local__CacheDirectory"), Instance = environment("Neo4j__Local__Instance") ?? new LocalNeo4jOptions().Instance };
        var running = await LocalNeo4jServer.FindRunningAsync(local, CancellationToken.None);
        if (running is null)
        {
            error.WriteLine($"No Neo4j to {purpose}: the hub's local Neo4j (instance '{local.Instance}' in {Path.Combine(local.ResolveCacheDirectory(), "instances")}) is not running. " +
                "Start the hub, which starts it (dotnet run --project src/Rehab.Graph.Api), or give --neo4j URI (or set Neo4j__Uri).");
        }

        return running;
    }

    /// <summary>A client for the Neo4j at <paramref name="uri"/>; throws <see cref="Neo4jUnavailableException"/> when it does not answer.</summary>
    public static async Task<Neo4jSession> ConnectAsync(HttpClient http, Uri uri, Func<string, string?> environment)
    {
        var settings = new Neo4jOptions
        {
            Uri = uri,
            User = environment("Neo4j__User"),
            Password = environment("Neo4j__Password"),
            Database = environment("Neo4j__Database") ?? new Neo4jOptions().Database,
        };
        var connection = new Neo4jConnection();
        connection.Connect(await Neo4jDiscovery.DiscoverAsync(http, uri, settings, CancellationToken.None));
        return new Neo4jSession(new CypherClient(http, connection, NullLogger<CypherClient>.Instance), connection);
    }
}

/// <summary>A connected Neo4j: the client that runs statements, and the connection that knows its Cypher dialect.</summary>
internal sealed record Neo4jSession(CypherClient Cypher, Neo4jConnection Connection);
