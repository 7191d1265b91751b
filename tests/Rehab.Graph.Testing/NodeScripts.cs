using System.Diagnostics;

namespace Rehab.Graph.Testing;

/// <summary>Runs the Node.js tools in tests/js (graphql-http's audit, the Cypher 5 linter), installing them on first use.</summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Directory => RepositoryPaths.Combine("tests", "js");

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exit, output, error) = await RunProcessAsync("node", [script, .. arguments]);
        return exit == 0 ? output : throw new InvalidOperationException($"node {script} failed ({exit}): {error}{output}");
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (IsInstalled())
            {
                return;
            }

            var (exit, output, error) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            if (exit != 0)
            {
                throw new InvalidOperationException($"npm ci in {Directory} failed ({exit}): {error}{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>As the build's install decides: installed unless the lock is newer than what npm last installed.</summary>
    private static bool IsInstalled()
    {
        var installed = new FileInfo(Path.Combine(Directory, "node_modules", ".package-lock.json"));
        return installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(Directory, "package-lock.json"));
    }

    private static async Task<(int Exit, string Output, string Error)> RunProcessAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
