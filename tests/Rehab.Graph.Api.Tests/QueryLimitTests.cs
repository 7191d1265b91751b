using System.Globalization;
using System.Text;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// What one operation may ask of the hub, whoever sends it: introspection within bounds, fragments that
/// cannot multiply the work of checking them, and a price on every connect.
/// </summary>
public sealed class QueryLimitTests(RehabGraphApplication app)
{
    private static readonly LimitOptions Limits = new();

    private readonly GraphQLClient _anonymous = app.CreateClient();
    private readonly GraphQLClient _offenderManager = app.CreateClient(new Caller(CallerRole.OffenderManager, "prc-07", null));

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

    [Fact]
    public async Task A_field_repeated_in_one_selection_beyond_the_limit_is_refused_before_validation()
    {
        var repeats = string.Concat(Enumerable.Repeat("node(id: \"svc-0001\") { id } ", 1_500));

        var response = await _anonymous.PostAsync($"{{ {repeats} }}");

        AssertRefused(response, "'node' 1,500 times", Formatted(Limits.MaxRepeatsOfAField));
    }

    [Fact]
    public async Task A_field_repeated_through_fragments_counts_every_copy()
    {
        var fragments = string.Concat(Enumerable.Range(0, 7).Select(i => $"fragment F{i} on Query {{ {string.Concat(Enumerable.Repeat("needs { code } ", 3))} }} "));
        var spreads = string.Concat(Enumerable.Range(0, 7).Select(i => $"...F{i} "));

        var response = await _anonymous.PostAsync($"{{ {spreads} }} {fragments}");

        AssertRefused(response, "'needs' 21 times", Formatted(Limits.MaxRepeatsOfAField));
    }

    [Fact]
    public async Task A_field_asked_for_a_few_times_through_overlapping_fragments_is_answered()
    {
        var response = await _anonymous.PostAsync("{ ...A ...B needs { code } } fragment A on Query { needs { code label } } fragment B on Query { needs { code } }");

        response.AssertNoErrors();
    }

    [Fact]
    public async Task One_connect_of_the_largest_size_with_every_section_selected_is_allowed()
    {
        var response = await _offenderManager.PostAsync($"{{ {Connect(first: 50, radiusKm: 200, FullSelection)} }}");

        response.AssertNoErrors();
    }

    [Fact]
    public async Task Connect_is_charged_for_its_page_size_and_radius()
    {
        var response = await _offenderManager.PostAsync($"{{ a: {Connect(first: 50, radiusKm: 200, FullSelection)} b: {Connect(first: 50, radiusKm: 200, FullSelection)} }}");

        AssertRefused(response, "complexity", Formatted(Limits.MaxComplexity));
    }

    [Fact]
    public async Task Small_connects_side_by_side_are_allowed_up_to_the_costly_field_limit()
    {
        var connects = string.Join(" ", Enumerable.Range(0, Limits.MaxCostlyFieldsPerOperation).Select(i => $"c{i}: {Connect(first: 5, radiusKm: 5, "services { score }")}"));

        (await _offenderManager.PostAsync($"{{ {connects} }}")).AssertNoErrors();
    }

    [Fact]
    public async Task Two_hundred_aliased_connects_are_refused_for_a_signed_in_caller_before_anything_runs()
    {
        var connects = string.Join(" ", Enumerable.Range(0, 200).Select(i => $"c{i}: {Connect(first: 50, radiusKm: 200, "services { score }")}"));

        var response = await _offenderManager.PostAsync($"{{ {connects} }}");

        AssertRefused(response, "costly fields", Formatted(Limits.MaxCostlyFieldsPerOperation));
    }

    [Theory]
    [InlineData("connect(input: {profile: {home: {latitude: 53.7446, longitude: -0.3352}, gender: FEMALE}, first: 1}) { services { score } }")]
    [InlineData("services(near: {place: \"HU5\", radiusKm: 5}, first: 1) { totalCount }")]
    [InlineData("provisionGaps(near: {place: \"HU5\", radiusKm: 5}) { gap }")]
    [InlineData("needCounts { unmet }")]
    public async Task Costly_fields_are_counted_by_alias_and_through_fragments(string field)
    {
        var spread = string.Join(" ", Enumerable.Range(0, Limits.MaxCostlyFieldsPerOperation).Select(i => $"f{i}: {field}"));

        var response = await _offenderManager.PostAsync($"{{ ...Costly x: {field} }} fragment Costly on Query {{ {spread} }}");

        AssertRefused(response, "costly fields", Formatted(Limits.MaxCostlyFieldsPerOperation));
    }

    [Fact]
    public async Task Directory_reads_without_near_are_not_costly_fields()
    {
        var reads = string.Join(" ", Enumerable.Range(0, Limits.MaxCostlyFieldsPerOperation + 1).Select(i => $"s{i}: services(first: 1) {{ totalCount }}"));

        (await _anonymous.PostAsync($"{{ {reads} }}")).AssertNoErrors();
    }

    private const string FullSelection = """
        services { service { name } score reasons { text } bridges { text hops } }
        online { service { name } score reasons { text } }
        placements { placement { title } availableSlots canStartWithin48h reasons { text } bridges { text hops } }
        mentors { mentor { displayName } reasons { text } }
        excluded { name rule }
        socialCapital { bondingCount bridgingCount linkingCount needsWithoutTies }
        """;

    private static string Connect(int first, int radiusKm, string selection) =>
        $"connect(input: {{profile: {{home: {{latitude: 53.7446, longitude: -0.3352}}, gender: FEMALE, needs: [\"ACCOMMODATION\"]}}, first: {first}, near: {{point: {{latitude: 53.7446, longitude: -0.3352}}, radiusKm: {radiusKm}}}}}) {{ {selection} }}";

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
