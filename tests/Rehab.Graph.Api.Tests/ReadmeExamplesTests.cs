using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The README's shell examples, run as written, in order, against a hub of their own on the demo region: each token the
/// CLI would print becomes the same caller, each <c>gql</c> or <c>curl</c> request is sent as it stands, and each id a
/// line captures with <c>jq</c> is spliced into the later requests that use it. A renamed field, a demo id that no longer
/// fits (a service for needs the person does not have) or an example in the wrong order fails here, not on a reader.
/// </summary>
public sealed partial class ReadmeExamplesTests : IAsyncLifetime
{
    private TestNeo4jServer _neo4j = null!;
    private HubFactory _hub = null!;

    public async ValueTask InitializeAsync()
    {
        _neo4j = await TestNeo4jServer.StartAsync();
        _hub = new HubFactory(_neo4j.Uri, seedDemoData: true);
        await _hub.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        await _neo4j.DisposeAsync();
    }

    [Fact]
    public async Task Every_request_in_the_READMEs_shell_examples_runs_without_errors_in_the_order_written()
    {
        var callers = new Dictionary<string, Caller>(StringComparer.Ordinal);
        var captured = new Dictionary<string, string>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var line in ShellLines(await File.ReadAllTextAsync(RepositoryPaths.Combine("README.md"), TestContext.Current.CancellationToken)))
        {
            if (TokenLine().Match(line) is { Success: true } token)
            {
                callers[token.Groups["name"].Value] = CallerOf(token.Groups["args"].Value);
                continue;
            }

            if (RequestLine().Match(line) is not { Success: true } request)
            {
                continue;
            }

            var caller = request.Groups["token"].Success ? callers[request.Groups["token"].Value] : Caller.Anonymous;
            var body = SplicedVariable().Replace(request.Groups["body"].Value, m => captured[m.Groups["name"].Value]);
            var answer = await PostAsync(caller, body);
            Assert.True(answer["errors"] is null, $"README request failed:\n{line}\n{answer.ToJsonString()}");
            sent++;
            if (request.Groups["capture"].Success)
            {
                var value = request.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode?)answer, (node, key) => node?[key]);
                captured[request.Groups["capture"].Value] = value?.GetValue<string>() ?? throw new InvalidOperationException($"{line} captured nothing: {answer.ToJsonString()}");
            }
        }

        Assert.True(sent >= 13, $"Only {sent} README requests were found: has the examples' shape changed?");
    }

    /// <summary>The lines of the README's bash blocks, apart from the first (the two commands) and those that need a server of your own.</summary>
    private static IEnumerable<string> ShellLines(string readme) =>
        BashBlock().Matches(readme).Skip(1).SelectMany(block => block.Groups["code"].Value.Split('\n')).Select(line => line.Trim());

    private static Caller CallerOf(string arguments)
    {
        var options = OptionPair().Matches(arguments).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        return new Caller(
            EnumCodes.Parse<CallerRole>(options["role"]),
            options.GetValueOrDefault("practitioner"),
            options.GetValueOrDefault("organisation"),
            options.GetValueOrDefault("user"),
            options.TryGetValue("duty", out var duty) ? EnumCodes.Parse<CallerDuty>(duty) : null,
            options.GetValueOrDefault("person"));
    }

    private async Task<JsonNode> PostAsync(Caller caller, string body)
    {
        using var http = _hub.CreateClient();
        if (caller.Role != CallerRole.Anonymous)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", HubFactory.Token(caller));
        }

        using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    [GeneratedRegex("```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"^(?<name>[A-Z_]+)=\$\(cli token (?<args>[^)]*)\)")]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"--(?<key>[a-z]+) (?<value>[^ ]+)")]
    private static partial Regex OptionPair();

    /// <summary>
    /// <c>gql "$TOKEN" '{json}'</c> or an anonymous <c>curl ... -d '{json}'</c>, perhaps inside <c>VAR=$( ... | jq -r .data.path)</c>.
    /// </summary>
    [GeneratedRegex("""^(?:(?<capture>[A-Z_]+)=\$\()?(?:gql "\$(?<token>[A-Z_]+)"|curl -s http://localhost:5080/graphql .*?-d) '(?<body>\{.*\})'(?:.*jq -r (?<path>\.[\w.]+)\))?""")]
    private static partial Regex RequestLine();

    /// <summary>A shell variable spliced into a single-quoted body: <c>'"$REF"'</c>.</summary>
    [GeneratedRegex("""'"\$(?<name>[A-Z_]+)"'""")]
    private static partial Regex SplicedVariable();
}
