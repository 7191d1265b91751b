using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// An operation may ask for at most <see cref="LimitOptions.MaxCostlyFieldsPerOperation"/> costly
/// root fields (see <see cref="CostlyFields"/>), whoever calls: each alias runs the field again, so
/// without this, one request of aliases does the work of hundreds. Counted by response name, as the
/// executer runs them: fragments and inline fragments followed, a fragment spread twice counted once.
/// </summary>
public sealed class CostlyFieldsRule(LimitOptions limits) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        IComplexGraphType? root = context.Operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => null,
        };

        if (root is not null)
        {
            var costly = new Dictionary<string, GraphQLField>();
            Collect(context.Document, root, context.Operation.SelectionSet, costly, []);
            if (costly.Count > limits.MaxCostlyFieldsPerOperation)
            {
                var names = string.Join(", ", costly.Values.Select(f => f.Name.StringValue).Distinct());
                context.ReportError(new QueryLimitError(
                    context.Document,
                    string.Create(CultureInfo.InvariantCulture, $"The operation asks for {costly.Count:N0} costly fields ({names}); the limit of costly fields per operation is {limits.MaxCostlyFieldsPerOperation:N0}. Send them in separate requests."),
                    costly.Values.ElementAt(limits.MaxCostlyFieldsPerOperation)));
            }
        }

        return default;
    }

    private static void Collect(GraphQLDocument document, IComplexGraphType root, GraphQLSelectionSet selectionSet, Dictionary<string, GraphQLField> costly, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when root.GetField(field.Name.Value) is { } definition && CostlyFields.IsCostly(definition, field):
                    costly.TryAdd((field.Alias?.Name ?? field.Name).StringValue, field);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(document, root, inline.SelectionSet, costly, visitedFragments);
                    break;
                case GraphQLFragmentSpread spread when visitedFragments.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment:
                    Collect(document, root, fragment.SelectionSet, costly, visitedFragments);
                    break;
            }
        }
    }
}

/// <summary>
/// Marks the root fields that read a whole area of the graph (a search around a point, an aggregate
/// over everyone) so that <see cref="CostlyFieldsRule"/> can count them.
/// </summary>
public static class CostlyFields
{
    private const string Key = "Rehab.Costly";

    /// <summary>Costly always.</summary>
    public static TMetadataWriter Costly<TMetadataWriter>(this TMetadataWriter field)
        where TMetadataWriter : IMetadataWriter => field.WithMetadata(Key, "");

    /// <summary>Costly when <paramref name="argument"/> is given, e.g. a directory read with <c>near</c>.</summary>
    public static TMetadataWriter CostlyWith<TMetadataWriter>(this TMetadataWriter field, string argument)
        where TMetadataWriter : IMetadataWriter => field.WithMetadata(Key, argument);

    internal static bool IsCostly(FieldType definition, GraphQLField selection) =>
        definition.GetMetadata<string?>(Key) switch
        {
            null => false,
            "" => true,
            // A variable may turn out null; it is counted all the same, as the operation is checked before variables are.
            var argument => selection.Arguments?.Items.Any(a => a.Name.StringValue == argument && a.Value is not GraphQLNullValue) == true,
        };
}
