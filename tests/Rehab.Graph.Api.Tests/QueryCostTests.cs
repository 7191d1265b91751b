using System.Globalization;
using System.Text.RegularExpressions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// The complexity limit admits the largest screen of every root field, written from the schema (<see cref="EverySelection"/>),
/// and still refuses selections that fan out through the graph.
/// </summary>
public sealed partial class QueryCostTests(RehabGraphApplication app, ITestOutputHelper output)
{
    private static readonly LimitOptions Limits = new();

    private readonly GraphQLClient _offenderManager = app.CreateClient(new Caller(CallerRole.OffenderManager, "prc-07", null));

    [Fact]
    public async Task The_largest_selection_of_every_root_field_is_within_the_limits()
    {
        var every = new EverySelection(app.Hub.Services.GetRequiredService<ISchema>());
        // A hub that refuses everything says what each operation costs.
        await using var pricing = new HubFactory(app.Neo4j.Uri, seedDemoData: false, settings: new Dictionary<string, string?>
        {
            [$"{LimitOptions.Section}:{nameof(LimitOptions.MaxComplexity)}"] = "1",
        });
        await pricing.StartAsync();
        var priced = pricing.CreateGraphQLClient();

        var refused = new List<string>();
        foreach (var field in every.RootFields)
        {
            var query = every.Largest(field);
            var cost = Complexity(await priced.PostAsync(query));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{field,-24} {cost,8:N0}  {query}"));
            var validation = (await _offenderManager.PostAsync(query)).Errors.Where(e => e["extensions"]?["code"]?.GetValue<string>() == "GRAPHQL_VALIDATION_FAILED").ToList();
            if (validation.Count > 0 || cost > Limits.MaxComplexity)
            {
                refused.Add($"{field} ({cost:N0}): {string.Join("; ", validation.Select(e => e["message"]!.GetValue<string>()))}");
            }
        }

        Assert.True(refused.Count == 0, $"Refused:\n{string.Join("\n", refused)}");
    }

    public static TheoryData<string> FanOuts => new()
    {
        "organisations(first: 100) { nodes { services { organisation { services { id name } } } } }",
        "mentors(first: 100) { nodes { organisations { services { organisation { services { id } } } } } }",
        "services(first: 100) { nodes { organisation { services { organisation { services { id name } } } } } }",
        "connect(input: {personId: \"per-0001\", first: 50}) { services { service { organisation { services { organisation { services { id name needs { code } } } } } } } }",
    };

    [Theory]
    [MemberData(nameof(FanOuts))]
    public async Task A_selection_fanning_out_through_the_graph_is_refused_before_it_runs(string selection)
    {
        var response = await _offenderManager.PostAsync($"{{ {selection} }}");

        var error = Assert.Single(response.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("complexity limit", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, response.RoundTrips);
    }

    private static double Complexity(GraphQLResponse response)
    {
        var message = Assert.Single(response.Errors)["message"]!.GetValue<string>();
        var match = ComplexityIs().Match(message);
        Assert.True(match.Success, message);
        return double.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"complexity is ([\d,]+)")]
    private static partial Regex ComplexityIs();
}
