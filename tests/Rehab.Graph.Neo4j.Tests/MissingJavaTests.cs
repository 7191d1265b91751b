using Microsoft.Extensions.Logging.Abstractions;
using Rehab.Graph.Neo4j.Local;

namespace Rehab.Graph.Neo4j.Tests;

/// <summary>Tests that change the process environment (PATH), so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
public sealed class MissingJavaTests
{
    [Fact]
    public async Task Without_java_a_fresh_install_says_what_to_install_or_configure()
    {
        var cache = Directory.CreateTempSubdirectory("rehab-cache-");
        try
        {
            var error = await WithoutToolsOnPathAsync(() =>
                LocalNeo4jServer.StartAsync(new LocalNeo4jOptions { CacheDirectory = cache.FullName }, NullLogger.Instance, TestContext.Current.CancellationToken));

            AssertExplains(error);
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Without_java_an_installed_server_says_what_to_install_or_configure()
    {
        var home = Path.Combine(new LocalNeo4jOptions().ResolveCacheDirectory(), "neo4j-community-3.1.1");
        var instance = Directory.CreateTempSubdirectory("rehab-instance-");
        try
        {
            var error = await WithoutToolsOnPathAsync(() =>
                LocalNeo4jServer.StartAsync(home, instance.FullName, new LocalNeo4jOptions(), NullLogger.Instance, TestContext.Current.CancellationToken));

            AssertExplains(error);
        }
        finally
        {
            instance.Delete(recursive: true);
        }
    }

    private static void AssertExplains(InvalidOperationException error)
    {
        Assert.Contains("java", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    private static async Task<InvalidOperationException> WithoutToolsOnPathAsync(Func<Task> start)
    {
        var empty = Directory.CreateTempSubdirectory("rehab-empty-path-");
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", empty.FullName);
            return await Assert.ThrowsAsync<InvalidOperationException>(start);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            empty.Delete();
        }
    }
}
