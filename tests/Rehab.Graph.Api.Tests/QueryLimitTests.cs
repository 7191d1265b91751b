using System.Globalization;
using System.Text;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// What one operation may ask of the hub, whoever sends it: introspection within bounds, and fragments
/// that cannot multiply the work of checking them.
/// </summary>
public sealed class QueryLimitTests(RehabGraphApplication app)
{
    private static readonly LimitOptions Limits = new();

    private readonly GraphQLClient _anonymous = app.CreateClient();

    public static TheoryData<string> StandardIntrospectionQueries => new() { IntrospectionQuery.GraphiQL, IntrospectionQuery.EveryOption };

    [Theory]
    [MemberData(nameof(StandardIntrospectionQueries))]
    public async Task The_standard_introspection_query_gets_the_whole_schema(string query)
    {
        var schema = (await _anonymous.DataAsync(query))["__schema"]!;

        var types = schema["types"]!.AsArray();
        var queryType = Assert.Single(types, t => t!["name"]!.GetValue<string>() == "Query")!;
        Assert.Contains(queryType["fields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "connect");
        Assert.Contains(types, t => t!["name"]!.GetValue<string>() == "ConnectInput" && t["inputFields"]!.AsArray().Count > 0);
        Assert.Contains(schema["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "deprecated");
    }

    [Fact]
    public async Task Every_option_of_the_standard_introspection_query_is_answered()
    {
        var schema = (await _anonymous.DataAsync(IntrospectionQuery.EveryOption))["__schema"]!;

        Assert.False(string.IsNullOrEmpty(schema["description"]!.GetValue<string>()));
        var types = schema["types"]!.AsArray();
        var dateTime = Assert.Single(types, t => t!["name"]!.GetValue<string>() == "DateTime")!;
        Assert.True(dateTime.AsObject().ContainsKey("specifiedByURL"));
        Assert.False(Assert.Single(types, t => t!["name"]!.GetValue<string>() == "ConnectInput")!["isOneOf"]!.GetValue<bool>());
        Assert.All(schema["directives"]!.AsArray(), d => Assert.NotNull(d!["isRepeatable"]));
        var connectInput = Assert.Single(types, t => t!["name"]!.GetValue<string>() == "ConnectInput")!;
        Assert.All(connectInput["inputFields"]!.AsArray(), f => Assert.False(f!["isDeprecated"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    public async Task Introspection_lists_nested_three_deep_are_refused_before_anything_runs(int levels)
    {
        var selection = "name";
        for (var level = levels; level > 0; level--)
        {
            selection = $"{(level % 2 == 1 ? "possibleTypes" : "interfaces")} {{ name {selection} }}";
        }

        var response = await _anonymous.PostAsync($"{{ __type(name: \"Node\") {{ {selection} }} }}");

        AssertRefused(response, "introspection", "2");
    }

    [Fact]
    public async Task Introspection_lists_nested_through_fragments_are_refused()
    {
        var response = await _anonymous.PostAsync("""
            { __schema { types { ...Fields } } }
            fragment Fields on __Type { fields { type { ...Interfaces } } }
            fragment Interfaces on __Type { interfaces { ...PossibleTypes } }
            fragment PossibleTypes on __Type { possibleTypes { name } }
            """);

        AssertRefused(response, "introspection", "2");
    }

    [Fact]
    public async Task Introspection_counts_towards_the_complexity_of_the_answer()
    {
        // Each alias asks for every field of every type: well within the nesting rule, but a hundred of them are a big answer.
        var aliases = string.Join(" ", Enumerable.Range(0, 100).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name args {{ name }} }} }} }}"));

        var response = await _anonymous.PostAsync($"{{ {aliases} }}");

        AssertRefused(response, "complexity", Formatted(Limits.MaxIntrospectionComplexity));
    }

    [Fact]
    public async Task Introspection_counts_towards_depth()
    {
        var typeRef = "name";
        for (var i = 0; i < Limits.MaxIntrospectionDepth; i++)
        {
            typeRef = $"name ofType {{ {typeRef} }}";
        }

        var response = await _anonymous.PostAsync($"{{ __type(name: \"Query\") {{ fields {{ type {{ {typeRef} }} }} }} }}");

        AssertRefused(response, "deep", Formatted(Limits.MaxIntrospectionDepth));
    }

    [Fact]
    public async Task Introspection_does_not_lift_the_limits_of_a_data_query_beside_it()
    {
        var response = await _anonymous.PostAsync(
            "{ __typename organisations(first: 1) { nodes { services { organisation { services { organisation { services { organisation { services { organisation { name } } } } } } } } } } }");

        AssertRefused(response, "deep", Formatted(Limits.MaxDepth));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(30)]
    public async Task Fragments_that_double_at_each_step_are_refused_before_validation(int fragments)
    {
        var response = await _anonymous.PostAsync(DoublingFragments(fragments, "Query", "__typename"));

        AssertRefused(response, "fragments expanded", Formatted(Limits.MaxExpandedFields));
    }

    [Fact]
    public async Task Fragments_that_double_inside_a_data_selection_are_refused_too()
    {
        var response = await _anonymous.PostAsync(DoublingFragments(24, "Service", "name").Replace("query { ...F0 }", "{ services(first: 1) { nodes { ...F0 } } }", StringComparison.Ordinal));

        AssertRefused(response, "fragments expanded", Formatted(Limits.MaxExpandedFields));
    }

    [Fact]
    public async Task A_document_with_too_many_fragments_is_refused()
    {
        var count = Limits.MaxFragments + 1;
        var document = new StringBuilder("{ ");
        for (var i = 0; i < count; i++)
        {
            document.Append(Invariant($"...F{i} "));
        }

        document.Append('}');
        for (var i = 0; i < count; i++)
        {
            document.Append(Invariant($" fragment F{i} on Query {{ __typename }}"));
        }

        var response = await _anonymous.PostAsync(document.ToString());

        AssertRefused(response, $"{count} fragments", Formatted(Limits.MaxFragments));
    }

    [Fact]
    public async Task A_document_with_too_many_fragment_spreads_is_refused()
    {
        var spreads = string.Concat(Enumerable.Repeat("...F ", Limits.MaxFragmentSpreads + 1));

        var response = await _anonymous.PostAsync($"{{ {spreads} }} fragment F on Query {{ __typename }}");

        AssertRefused(response, "fragment spreads", Formatted(Limits.MaxFragmentSpreads));
    }

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice, and so on: a few hundred bytes that expand to 2^n fields.</summary>
    private static string DoublingFragments(int count, string type, string leaf)
    {
        var document = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append(Invariant($"fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }}\n"));
        }

        return document.Append(Invariant($"fragment F{count} on {type} {{ {leaf} }}\n")).ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>A limit as the hub's messages write it.</summary>
    private static string Formatted(int limit) => limit.ToString("N0", CultureInfo.InvariantCulture);

    private static void AssertRefused(GraphQLResponse response, string subject, string limit)
    {
        var error = Assert.Single(response.Errors);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.Contains(subject, message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(limit, message, StringComparison.Ordinal);
        Assert.Null(response.Data);
        Assert.Equal(0, response.RoundTrips);
    }
}
