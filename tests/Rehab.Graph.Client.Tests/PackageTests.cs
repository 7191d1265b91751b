using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Client.Tests;

/// <summary>
/// <c>dotnet pack</c> gives a package a partner's app can use on its own: the package README's console example, built
/// against the package alone (offline: the packed folder plus the packages already on this machine) and run against the hub.
/// </summary>
[Collection(ClientHubCollection.Name)]
public sealed partial class PackageTests(ClientHub hub) : IDisposable
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "rehab-graph-tests", "package-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_package_holds_the_client_and_its_readme_and_its_readme_example_runs_against_the_hub()
    {
        var feed = Directory.CreateDirectory(Path.Combine(work, "feed")).FullName;
        var configuration = typeof(PackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        await DotnetAsync(RepositoryPaths.Root, "pack", "src/Rehab.Graph.Client", "--no-build", "-c", configuration, "-o", feed);

        var package = Assert.Single(Directory.GetFiles(feed, "Rehab.Graph.Client.*.nupkg"));
        string readme, nuspec;
        using (var zip = ZipFile.OpenRead(package))
        {
            Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Rehab.Graph.Client.dll");
            Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("Generator", StringComparison.Ordinal) || e.FullName.Contains("GraphQLParser", StringComparison.Ordinal));
            readme = Read(zip, "README.md");
            nuspec = Read(zip, "Rehab.Graph.Client.nuspec");
        }

        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<dependency id=\"Microsoft.Extensions.Http.Resilience\"", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("Generator", nuspec, StringComparison.Ordinal);

        var app = Directory.CreateDirectory(Path.Combine(work, "app")).FullName;
        var example = CSharpBlock().Match(readme).Groups["code"].Value;
        Assert.InRange(example.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, 5, 20);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), example, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(app, "Directory.Build.props"), "<Project />", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Rehab.Graph.Client" Version="{Regex.Match(nuspec, "<version>(.*?)</version>").Groups[1].Value}" />
              </ItemGroup>
            </Project>
            """, TestContext.Current.CancellationToken);
        // Offline and clean: the packed folder and this machine's packages as the only sources, restored into a folder of its own.
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="packed" value="{feed}" />
                <add key="machine" value="{MachinePackages()}" />
              </packageSources>
            </configuration>
            """, TestContext.Current.CancellationToken);
        await DotnetAsync(app, "build", "-c", "Release", "-o", "out");

        var output = await DotnetAsync(app, Path.Combine(app, "out", "App.dll"), hub.BaseAddress.AbsoluteUri);

        Assert.Matches(@"\(.+\), \d+\.\d km, first session \w{3} \d{1,2} \w{3} \d\d:\d\d UTC", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string MachinePackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static async Task<string> DotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }

    [GeneratedRegex("```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    internal static partial Regex CSharpBlock();
}
