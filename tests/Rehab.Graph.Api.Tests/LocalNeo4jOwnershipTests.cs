using System.Diagnostics;
using Rehab.Graph.Neo4j.Local;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>A hub killed outright leaves its local Neo4j running: the next hub on the instance takes it over, and stops it in the end.</summary>
public sealed class LocalNeo4jOwnershipTests
{
    [Fact]
    public async Task After_its_hub_is_killed_the_next_hub_adopts_the_local_Neo4j_and_stops_it_when_it_stops()
    {
        var instance = TestNeo4jServer.NewInstanceName();
        var directory = TestNeo4jServer.InstanceDirectoryOf(instance);
        try
        {
            int neo4j;
            using (var first = StartHubProcess(instance))
            {
                neo4j = await WaitForServerAsync(instance, first);
                first.Kill();
                await first.WaitForExitAsync();
            }

            Assert.True(ProcessFaults.IsRunning(neo4j), "The killed hub's Neo4j should still run: nothing stopped it.");

            await using (var next = new HubFactory(null, seedDemoData: false, settings: new Dictionary<string, string?> { ["Neo4j:Local:Instance"] = instance }))
            {
                await next.StartAsync();
                var server = ProcessFaults.ServerOf(directory);

                Assert.Equal(neo4j, server?.Pid);
                Assert.Equal(Environment.ProcessId, server?.Owner);
                (await next.CreateGraphQLClient().PostAsync("{ needs { code } }")).AssertNoErrors();
            }

            Assert.False(ProcessFaults.IsRunning(neo4j), "The hub that adopted the Neo4j should have stopped it with itself.");
        }
        finally
        {
            if (ProcessFaults.ServerOf(directory) is { } left && ProcessFaults.IsRunning(left.Pid))
            {
                ProcessFaults.Kill(left.Pid);
            }

            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>The hub as its own process, as <c>dotnet run</c> starts it, with a local Neo4j on <paramref name="instance"/>.</summary>
    private static Process StartHubProcess(string instance) => HubProcess.Start(AppContext.BaseDirectory, new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Neo4j__Local__Instance"] = instance,
        ["Neo4j__Local__HeapMb"] = "256",
        ["Neo4j__SeedDemoData"] = "false",
        ["Outbox__Directory"] = Path.Combine(Path.GetTempPath(), "rehab-graph-tests", "outbox-" + instance),
    });

    /// <summary>Waits until <paramref name="hub"/>'s Neo4j answers; returns its pid.</summary>
    private static async Task<int> WaitForServerAsync(string instance, Process hub)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(hub.HasExited, "The hub exited while starting.");
            if (ProcessFaults.ServerOf(TestNeo4jServer.InstanceDirectoryOf(instance)) is { } server
                && await LocalNeo4jServer.FindRunningAsync(new LocalNeo4jOptions { Instance = instance }, CancellationToken.None) is not null)
            {
                return server.Pid;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(3), "The hub's Neo4j did not start.");
            await Task.Delay(200);
        }
    }
}
