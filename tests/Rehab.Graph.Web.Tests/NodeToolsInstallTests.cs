using System.Diagnostics;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Web.Tests;

/// <summary>
/// The browser tests read axe-core from tests/js/node_modules, so a clone that installed the Node tools before axe-core
/// was added must get it from its next build: the install runs again when the lock is newer than what npm installed.
/// </summary>
public sealed class NodeToolsInstallTests
{
    private const string Installing = "Installing the tests' Node.js tools";

    [Fact]
    public async Task Building_the_tests_installs_the_node_tools_again_once_their_lock_has_changed_and_not_otherwise()
    {
        var tools = Directory.CreateTempSubdirectory("rehab-node-tools-").FullName + "/";
        try
        {
            await File.WriteAllTextAsync(Path.Combine(tools, "package.json"), """{ "name": "tools", "version": "0.0.0", "private": true, "dependencies": { "axe-core": "4.14.1" } }""", TestContext.Current.CancellationToken);
            var (locked, lockOutput) = await RunAsync(tools, "npm", "install", "--package-lock-only", "--no-audit", "--no-fund");
            Assert.True(locked == 0, lockOutput);

            var (first, installed) = await BuildInstallTargetAsync(tools);
            var (second, unchanged) = await BuildInstallTargetAsync(tools);
            File.SetLastWriteTimeUtc(Path.Combine(tools, "package-lock.json"), DateTime.UtcNow.AddMinutes(1));
            var (third, reinstalled) = await BuildInstallTargetAsync(tools);

            Assert.True(first == 0 && second == 0 && third == 0, installed + unchanged + reinstalled);
            Assert.Contains(Installing, installed, StringComparison.Ordinal);
            Assert.DoesNotContain(Installing, unchanged, StringComparison.Ordinal);
            Assert.Contains(Installing, reinstalled, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(tools, "node_modules", "axe-core", "axe.min.js")), reinstalled);
        }
        finally
        {
            Directory.Delete(tools, recursive: true);
        }
    }

    /// <summary>Runs the testing project's install target, at `dotnet test`'s default (minimal) verbosity, on another tools folder.</summary>
    private static Task<(int Exit, string Output)> BuildInstallTargetAsync(string tools) =>
        RunAsync(
            RepositoryPaths.Root,
            "dotnet",
            "msbuild",
            RepositoryPaths.Combine("tests", "Rehab.Graph.Testing", "Rehab.Graph.Testing.csproj"),
            "-t:InstallNodeToolsForTests",
            $"-p:TestNodeTools={tools}",
            "-v:minimal",
            "-nologo");

    private static async Task<(int Exit, string Output)> RunAsync(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await error);
    }
}
