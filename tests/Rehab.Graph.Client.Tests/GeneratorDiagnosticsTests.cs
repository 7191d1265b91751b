using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Rehab.Graph.Client.Tests;

/// <summary>Every mistake in an operation file fails the build with an error at its file and line.</summary>
public sealed class GeneratorDiagnosticsTests
{
    [Fact]
    public void An_unknown_field_is_an_error_at_its_line()
    {
        var run = GeneratorHarness.Generate(("Directory/Q.graphql", """
            query Q {
              services {
                totalCount
                colour
              }
            }
            """));

        AssertError(run, "RGQL002", "Type 'ServiceConnection' has no field 'colour'", "Directory/Q.graphql", 4);
    }

    [Fact]
    public void An_unknown_field_in_a_fragment_is_reported_in_the_fragment_s_file()
    {
        var run = GeneratorHarness.Generate(
            ("Directory/Q.graphql", "query Q {\n  services { nodes { ...Card } }\n}\n"),
            ("Directory/Cards.graphql", "fragment Card on Service {\n  id\n  title\n}\n"));

        AssertError(run, "RGQL002", "Type 'Service' has no field 'title'", "Directory/Cards.graphql", 3);
    }

    [Fact]
    public void An_unknown_argument_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(colour: \"red\") { totalCount }\n}\n"));

        AssertError(run, "RGQL003", "Field 'Query.services' has no argument 'colour'", "Q.graphql", 2);
    }

    [Fact]
    public void An_unknown_field_of_an_input_object_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(\n    near: { place: \"HU5\", radiusKm: 2, miles: 3 }) { totalCount }\n}\n"));

        AssertError(run, "RGQL003", "Input type 'NearInput' has no argument 'miles'", "Q.graphql", 3);
    }

    [Fact]
    public void A_literal_of_the_wrong_type_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(first: \"ten\") { totalCount }\n}\n"));

        AssertError(run, "RGQL004", "Argument 'first' of field 'Query.services': expected Int, got \"ten\"", "Q.graphql", 2);
    }

    [Fact]
    public void An_enum_value_the_schema_does_not_have_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  referrals(\n    status: OPEN) { totalCount }\n}\n"));

        AssertError(run, "RGQL004", "Argument 'status' of field 'Query.referrals': expected ReferralStatus, got OPEN", "Q.graphql", 3);
    }

    [Fact]
    public void A_variable_of_the_wrong_type_is_an_error_where_it_is_used()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q($first: String) {\n  services(\n    first: $first) { totalCount }\n}\n"));

        AssertError(run, "RGQL004", "Argument 'first' of field 'Query.services': expected Int, got $first of type String", "Q.graphql", 3);
    }

    [Fact]
    public void A_nullable_variable_is_an_error_where_the_argument_is_non_null()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q($id: ID) {\n  node(id: $id) { id }\n}\n"));

        AssertError(run, "RGQL004", "Argument 'id' of field 'Query.node': expected ID!, got $id of type ID", "Q.graphql", 2);
    }

    [Fact]
    public void A_missing_required_argument_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  needs { code }\n  node { id }\n}\n"));

        AssertError(run, "RGQL005", "Field 'Query.node' requires argument 'id' of type ID!", "Q.graphql", 3);
    }

    [Fact]
    public void A_missing_required_field_of_an_input_object_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(near: { place: \"HU5\" }) { totalCount }\n}\n"));

        AssertError(run, "RGQL005", "Input type 'NearInput' requires argument 'radiusKm' of type Float!", "Q.graphql", 2);
    }

    [Fact]
    public void An_unknown_type_in_a_variable_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q(\n  $where: ServiceFilters) {\n  services(where: $where) { totalCount }\n}\n"));

        AssertError(run, "RGQL006", "Variable '$where' has type 'ServiceFilters', which is not an input type of the schema", "Q.graphql", 2);
    }

    [Fact]
    public void An_output_type_in_a_variable_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q($service: Service) {\n  node(id: $service) { id }\n}\n"));

        AssertError(run, "RGQL006", "Variable '$service' has type 'Service', which is not an input type of the schema", "Q.graphql", 1);
    }

    [Fact]
    public void A_syntax_error_is_an_error_at_its_line()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services {\n    totalCount(\n  }\n}\n"));

        var error = run.Single();
        Assert.Equal(("RGQL001", DiagnosticSeverity.Error, GeneratorHarness.PathOf("Q.graphql"), 4), (error.Id, error.Severity, error.Location.GetLineSpan().Path, Line(error)));
        Assert.StartsWith("GraphQL syntax error: Expected Name, found }", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_without_a_name_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "# The needs.\nquery {\n  needs { code }\n}\n"));

        AssertError(run, "RGQL007", "Every operation needs a name: it names the generated method", "Q.graphql", 2);
    }

    [Fact]
    public void Two_operations_with_one_name_are_an_error_at_the_second()
    {
        var run = GeneratorHarness.Generate(
            ("Directory/Needs.graphql", "query Needs { needs { code } }\n"),
            ("People/Needs.graphql", "\nquery Needs { needs { label } }\n"));

        AssertError(run, "RGQL008", $"Operation 'Needs' is also defined in {GeneratorHarness.PathOf("Directory/Needs.graphql")}", "People/Needs.graphql", 2);
    }

    [Fact]
    public void A_variable_the_operation_does_not_define_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(first: $first) { totalCount }\n}\n"));

        AssertError(run, "RGQL011", "Variable '$first' is not defined by operation 'Q'", "Q.graphql", 2);
    }

    [Fact]
    public void An_unknown_fragment_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services { nodes { ...Card } }\n}\n"));

        AssertError(run, "RGQL009", "Unknown fragment 'Card'", "Q.graphql", 2);
    }

    [Fact]
    public void A_leaf_field_with_a_selection_and_an_object_field_without_one_are_errors()
    {
        var leaf = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services { totalCount { value } }\n}\n"));
        var bare = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services\n}\n"));

        AssertError(leaf, "RGQL012", "Field 'ServiceConnection.totalCount' is a 'Int!', which has no fields to select", "Q.graphql", 2);
        AssertError(bare, "RGQL012", "Field 'Query.services' is a 'ServiceConnection!': select its fields in braces", "Q.graphql", 2);
    }

    [Fact]
    public void A_fragment_on_a_type_that_can_never_match_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services {\n    nodes { ... on Mentor { bio } }\n  }\n}\n"));

        AssertError(run, "RGQL013", "A fragment on 'Mentor' can never match a 'Service'", "Q.graphql", 3);
    }

    [Fact]
    public void An_operation_in_a_file_of_another_name_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Directory/Services.graphql", "query DirectoryServices { needs { code } }\n"));

        AssertError(run, "RGQL014", "Operation 'DirectoryServices' must be in a file named DirectoryServices.graphql", "Directory/Services.graphql", 1);
    }

    [Fact]
    public void Two_fields_under_one_response_name_are_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services { nodes { name\n    name: description } }\n}\n"));

        AssertError(run, "RGQL017", "Response name 'name' selects both 'name' and 'description'; give one an alias", "Q.graphql", 3);
    }

    [Fact]
    public void One_field_asked_twice_with_other_arguments_under_one_name_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  services(first: 1) { totalCount }\n  services(first: 2) { totalCount }\n}\n"));

        AssertError(run, "RGQL017", "Response name 'services' selects both 'services(first: 1)' and 'services(first: 2)'; give one an alias", "Q.graphql", 3);
    }

    [Fact]
    public void A_variable_the_operation_does_not_use_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q(\n  $first: Int) {\n  needs { code }\n}\n"));

        AssertError(run, "RGQL018", "Variable '$first' is not used by operation 'Q'", "Q.graphql", 2);
    }

    [Fact]
    public void A_variable_used_only_in_a_fragment_is_used()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q($first: Int) { ...Page }\nfragment Page on Query { services(first: $first) { totalCount } }\n"));

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void An_unknown_directive_is_an_error()
    {
        var run = GeneratorHarness.Generate(("Q.graphql", "query Q {\n  needs { code @uppercase }\n}\n"));

        AssertError(run, "RGQL019", "Unknown directive '@uppercase'", "Q.graphql", 2);
    }

    [Fact]
    public void Without_a_schema_the_build_fails()
    {
        var run = GeneratorHarness.GenerateWith([(GeneratorHarness.PathOf("Q.graphql"), "query Q { needs { code } }")]);

        Assert.Equal("RGQL010", run.Single().Id);
    }

    [Fact]
    public void A_wrong_operation_generates_no_method_but_the_others_still_do()
    {
        var run = GeneratorHarness.Generate(
            ("Good.graphql", "query Good { needs { code } }"),
            ("Bad.graphql", "query Bad { needs { colour } }"));

        Assert.Equal("RGQL002", run.Single().Id);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Rehab.Graph.Client.GoodResult"));
        Assert.Null(run.Output.GetTypeByMetadataName("Rehab.Graph.Client.BadResult"));
    }

    private static void AssertError(GeneratorHarness.Run run, string id, string message, string file, int line)
    {
        var error = run.Single();
        Assert.Equal(
            (id, DiagnosticSeverity.Error, message, GeneratorHarness.PathOf(file), line),
            (error.Id, error.Severity, error.GetMessage(CultureInfo.InvariantCulture), error.Location.GetLineSpan().Path, Line(error)));
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
}
