using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// The lists of introspection that lead from type to type (<c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c>, <c>inputFields</c>) may nest at most <see cref="MaxNestedLists"/> deep under
/// <c>__schema</c> or <c>__type</c>, fragments followed, as graphql-js's MaxIntrospectionDepthRule has
/// it: each level multiplies the answer by the number of types, so
/// <c>possibleTypes { interfaces { possibleTypes ... } }</c> grows sevenfold a level here. The standard
/// introspection query nests one.
/// </summary>
public sealed class IntrospectionNestingRule : ValidationRuleBase
{
    public const int MaxNestedLists = 2;

    private static readonly HashSet<string> TypeToTypeLists = ["fields", "interfaces", "possibleTypes", "inputFields"];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var nesting = new Nesting(context.Document);
        return new(new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (field.Name.StringValue is "__schema" or "__type" && nesting.Of(field.SelectionSet) is var depth && depth > MaxNestedLists)
            {
                context.ReportError(new QueryLimitError(
                    context.Document,
                    $"Introspection nests fields, interfaces, possibleTypes or inputFields {depth} deep under {field.Name.StringValue}; the introspection nesting limit is {MaxNestedLists}.",
                    field));
            }
        }));
    }

    /// <summary>How deep the lists nest in a selection; each fragment is measured once per document.</summary>
    private sealed class Nesting(GraphQLDocument document)
    {
        private readonly Dictionary<GraphQLFragmentDefinition, int> _measured = [];
        private readonly HashSet<GraphQLFragmentDefinition> _measuring = [];

        public int Of(GraphQLSelectionSet? selectionSet)
        {
            var deepest = 0;
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                deepest = Math.Max(deepest, selection switch
                {
                    GraphQLField field => (TypeToTypeLists.Contains(field.Name.StringValue) ? 1 : 0) + Of(field.SelectionSet),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Of(document.FindFragmentDefinition(spread.FragmentName.Name.Value)),
                    _ => 0,
                });
            }

            return deepest;
        }

        private int Of(GraphQLFragmentDefinition? fragment)
        {
            // Unknown fragments and cycles are the spec's rules' to report; they nest nothing here.
            if (fragment is null || !_measuring.Add(fragment))
            {
                return 0;
            }

            if (!_measured.TryGetValue(fragment, out var depth))
            {
                depth = Of(fragment.SelectionSet);
                _measured[fragment] = depth;
            }

            _measuring.Remove(fragment);
            return depth;
        }
    }
}
