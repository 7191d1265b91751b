using System.Diagnostics;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>
/// `dotnet test` on a fresh clone installs Neo4j in the build of the tests, where its output shows, rather than silently
/// inside the first test that needs it.
/// </summary>
public sealed class TestToolsInstallTests
{
    [Fact]
    public async Task Building_the_tests_on_a_fresh_clone_installs_Neo4j_and_says_so_before_and_after()
    {
        var cache = Directory.CreateTempSubdirectory("rehab-install-").FullName + "/";
        try
        {
            var (exit, output) = await BuildTargetAsync("InstallLocalNeo4jForTests", $"-p:TestNeo4jCache={cache}");

            Assert.True(exit == 0, output);
            var announced = output.IndexOf("Installing Neo4j Community 3.1.1 for the tests", StringComparison.Ordinal);
            var done = output.IndexOf("Neo4j installed.", StringComparison.Ordinal);
            Assert.True(announced >= 0 && done > announced, output);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache, "neo4j-community-3.1.1", "lib"), "neo4j-kernel-*.jar"));
            Assert.Equal(["neo4j-community-3.1.1"], Directory.GetFileSystemEntries(cache).Select(Path.GetFileName));

            var (again, quiet) = await BuildTargetAsync("InstallLocalNeo4jForTests", $"-p:TestNeo4jCache={cache}");
            Assert.True(again == 0, quiet);
            Assert.DoesNotContain("Installing Neo4j", quiet, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>Runs one target of the testing project as `dotnet test`'s build would, at its default (minimal) verbosity.</summary>
    private static async Task<(int Exit, string Output)> BuildTargetAsync(string target, string property)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "msbuild", RepositoryPaths.Combine("tests", "Rehab.Graph.Testing", "Rehab.Graph.Testing.csproj"), $"-t:{target}", property, "-v:minimal", "-nologo" })
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
