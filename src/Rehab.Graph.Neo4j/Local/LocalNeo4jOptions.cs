namespace Rehab.Graph.Neo4j.Local;

/// <summary>Settings of the Neo4j 3.1.1 the hub starts for itself when no <c>Neo4j:Uri</c> is configured.</summary>
public sealed record LocalNeo4jOptions
{
    /// <summary>Where the install and instances live; default: <c>.cache</c> beside Rehab.Graph.sln (git-ignored).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The instance (its data directory) to run; the demo hub uses "dev".</summary>
    public string Instance { get; init; } = "dev";

    public int HeapMb { get; init; } = 512;

    public int PageCacheMb { get; init; } = 128;

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The longest a transaction may run before the server terminates it (<c>dbms.transaction.timeout</c>, checked as its
    /// statements run, including right after a lock wait). The hub waits a little longer than this for any answer.
    /// </summary>
    public TimeSpan TransactionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an open transaction may go without a request before the server rolls it back and frees its locks
    /// (<c>dbms.rest.transaction.idle_timeout</c>): the bound on a transaction whose caller went away. The hub's next
    /// request follows the last within milliseconds.
    /// </summary>
    public TimeSpan TransactionIdleTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The first wait before the hub restarts a server of its own that died; it doubles after each failed attempt, up to a minute.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(1);

    public string ResolveCacheDirectory()
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
        {
            return Path.GetFullPath(CacheDirectory);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rehab.Graph.sln")))
            {
                return Path.Combine(dir.FullName, ".cache");
            }
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "rehab-graph");
    }
}
