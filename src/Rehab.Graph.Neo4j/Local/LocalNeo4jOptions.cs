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
