using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Rehab.Graph.Api.GraphQL;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.Tests;

/// <summary>A document's size is measured once per fragment, and one over the limits reaches no validation rule.</summary>
public sealed class DocumentSizeTests
{
    private static readonly LimitOptions Limits = new();

    [Fact]
    public void The_standard_introspection_query_is_well_within_every_size_limit()
    {
        var document = Parser.Parse(IntrospectionQuery.EveryOption);

        Assert.Null(DocumentSize.Check(document, Operation(document), new LimitOptions { MaxExpandedFields = 300, MaxFragments = 4, MaxFragmentSpreads = 8 }));
    }

    [Fact(Timeout = 60_000)]
    public async Task Fragments_spread_twice_at_every_step_are_measured_without_writing_them_out()
    {
        // 2^1000 fields written out, which would never finish; measured one fragment at a time, it takes a thousand steps.
        var document = Parser.Parse(DoublingFragments(1_000));

        var error = await Task.Run(() => DocumentSize.Check(document, Operation(document), Limits with { MaxFragments = 2_000, MaxFragmentSpreads = 3_000 }), TestContext.Current.CancellationToken);

        Assert.Contains("fragments expanded", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 1_024)]
    [InlineData(13, 8_192)]
    public void Below_the_limit_fragments_count_as_the_fields_they_stand_for(int fragments, int fields)
    {
        var document = Parser.Parse(DoublingFragments(fragments));

        // Doubling repeats one field at the top, which the repeat limit alone would refuse: here only the expansion counts.
        var limits = Limits with { MaxRepeatsOfAField = fields };
        Assert.Null(DocumentSize.Check(document, Operation(document), limits with { MaxExpandedFields = fields }));
        Assert.NotNull(DocumentSize.Check(document, Operation(document), limits with { MaxExpandedFields = fields - 1 }));
    }

    [Fact]
    public void A_fragment_cycle_is_left_to_the_spec_rules_to_report()
    {
        var document = Parser.Parse("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }");

        Assert.Null(DocumentSize.Check(document, Operation(document), Limits));
    }

    [Fact]
    public async Task A_document_over_a_size_limit_reaches_no_validation_rule()
    {
        var rule = new RecordingRule();

        var result = await Validate(DoublingFragments(30), rule);

        Assert.False(result.IsValid);
        Assert.IsType<QueryLimitError>(Assert.Single(result.Errors));
        Assert.False(rule.Ran);
    }

    [Fact]
    public async Task A_document_within_the_size_limits_goes_on_to_the_validation_rules()
    {
        var rule = new RecordingRule();

        var result = await Validate(DoublingFragments(3), rule);

        Assert.True(result.IsValid);
        Assert.True(rule.Ran);
    }

    private static async Task<IValidationResult> Validate(string query, IValidationRule rule)
    {
        var document = Parser.Parse(query);
        var queryType = new ObjectGraphType { Name = "Query" };
        queryType.Field<StringGraphType>("hello");
        var schema = new Schema { Query = queryType };
        return await new SizeCheckedDocumentValidator(Options.Create(Limits)).ValidateAsync(new ValidationOptions
        {
            Document = document,
            Operation = Operation(document),
            Schema = schema,
            Rules = [rule],
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        });
    }

    private static GraphQLOperationDefinition Operation(GraphQLDocument document) => document.Definitions.OfType<GraphQLOperationDefinition>().Single();

    private static string DoublingFragments(int count)
    {
        var document = new StringBuilder("query { ...F0 }\n");
        for (var i = 0; i < count; i++)
        {
            document.Append(CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        return document.Append(CultureInfo.InvariantCulture, $"fragment F{count} on Query {{ __typename }}\n").ToString();
    }

    private sealed class RecordingRule : ValidationRuleBase
    {
        public bool Ran { get; private set; }

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Ran = true;
            return default;
        }
    }
}
