using System.Diagnostics;
using System.Runtime.Versioning;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Web.Tests;

/// <summary>
/// What the browser tests need from outside .NET is installed by the build: Debian's Chromium (when dpkg says it is
/// missing), and axe-core with the other Node tools in tests/js.
/// </summary>
public sealed class BrowserTestToolsInstallTests
{
    private const string Installing = "Installing the tests' Node.js tools";

    private const string InstallingChromium = "Installing Debian's Chromium";

    private static readonly string Project = RepositoryPaths.Combine("tests", "Rehab.Graph.Web.Tests", "Rehab.Graph.Web.Tests.csproj");

    [Fact]
    public async Task Building_the_browser_tests_where_Chromium_is_installed_installs_nothing_and_says_nothing()
    {
        var (exit, output) = await RunAsync(RepositoryPaths.Root, "dotnet", "msbuild", Project, "-t:InstallChromiumForBrowserTests", "-v:minimal", "-nologo");

        Assert.True(exit == 0, output);
        Assert.DoesNotContain(InstallingChromium, output, StringComparison.Ordinal);
        Assert.True(File.Exists(RehabWebApplication.ChromiumExecutable));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Building_the_browser_tests_without_Chromium_and_not_as_root_fails_saying_how_to_install_it()
    {
        // As nobody, with a package name dpkg has never heard of standing in for a machine without Chromium.
        var home = Directory.CreateTempSubdirectory("rehab-nobody-").FullName;
        try
        {
            File.SetUnixFileMode(home, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);
            var (exit, output) = await RunAsync(
                RepositoryPaths.Root,
                "setpriv",
                "--reuid=65534", "--regid=65534", "--clear-groups",
                "env", $"HOME={home}", $"DOTNET_CLI_HOME={home}", "DOTNET_NOLOGO=1", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1",
                "dotnet", "msbuild", Project, "-t:InstallChromiumForBrowserTests", "-p:BrowserTestsChromiumPackage=rehab-no-such-browser", "-v:minimal", "-nologo");

            Assert.NotEqual(0, exit);
            Assert.Contains("this build is not running as root", output, StringComparison.Ordinal);
            Assert.Contains("sudo apt-get install -y --no-install-recommends rehab-no-such-browser", output, StringComparison.Ordinal);
            Assert.DoesNotContain(InstallingChromium, output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

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
