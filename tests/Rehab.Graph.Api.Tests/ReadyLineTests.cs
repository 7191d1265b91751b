using System.Diagnostics;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>The README's first command ends with a line that says where the hub is: the real addresses, once the graph is ready.</summary>
public sealed class ReadyLineTests
{
    [Fact]
    public async Task The_hub_started_as_dotnet_run_starts_it_prints_the_API_GraphiQL_and_home_page_addresses_once_ready()
    {
        await using var neo4j = await TestNeo4jServer.StartAsync();
        var lines = new List<string>();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var hub = StartHub(neo4j.Uri, line =>
        {
            lock (lines)
            {
                lines.Add(line);
            }

            if (line.Contains("Rehab.Graph is ready", StringComparison.Ordinal))
            {
                ready.TrySetResult(line);
            }
        });
        try
        {
            var line = await ready.Task.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

            var port = PortOf(lines);
            Assert.Contains($"GraphQL API http://127.0.0.1:{port}/graphql", line, StringComparison.Ordinal);
            Assert.Contains($"GraphiQL http://127.0.0.1:{port}/graphiql", line, StringComparison.Ordinal);
            Assert.Contains($"home page http://127.0.0.1:{port}/", line, StringComparison.Ordinal);
            lock (lines)
            {
                Assert.True(
                    lines.FindIndex(l => l.Contains("The graph is ready", StringComparison.Ordinal)) < lines.FindIndex(l => l.Contains("Rehab.Graph is ready", StringComparison.Ordinal)),
                    "The addresses come after the graph is ready, not before:\n" + string.Join('\n', lines));
            }
        }
        finally
        {
            hub.Kill(entireProcessTree: true);
            await hub.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [InlineData("http://+:5080", "http://localhost:5080/")]
    [InlineData("http://*:5080", "http://localhost:5080/")]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080/")]
    [InlineData("http://[::]:5080", "http://localhost:5080/")]
    [InlineData("http://127.0.0.1:41234", "http://127.0.0.1:41234/")]
    [InlineData("https://hub.example:8443", "https://hub.example:8443/")]
    public void A_wildcard_listen_address_is_printed_as_one_a_browser_can_open(string listening, string printed) =>
        Assert.Equal(printed, ReadyLine.Browsable(listening).AbsoluteUri);

    /// <summary>The port Kestrel chose, from its own "Now listening on" line.</summary>
    private static string PortOf(List<string> lines)
    {
        lock (lines)
        {
            var listening = lines.First(l => l.Contains("Now listening on: http://127.0.0.1:", StringComparison.Ordinal));
            return listening[(listening.LastIndexOf(':') + 1)..].Trim();
        }
    }

    /// <summary>The hub as <c>dotnet run</c> starts it (its project folder as content root, Development), on a Neo4j of the test's own.</summary>
    private static Process StartHub(Uri neo4j, Action<string> onLine) => HubProcess.Start(RepositoryPaths.Combine("src", "Rehab.Graph.Api"), new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        ["Neo4j__Uri"] = neo4j.AbsoluteUri,
        ["Neo4j__SeedDemoData"] = "false",
        ["Outbox__Directory"] = Path.Combine(Path.GetTempPath(), "rehab-graph-tests", "outbox-ready-line"),
    }, onLine);
}
