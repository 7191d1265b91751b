using System.Globalization;
using GraphQLParser.AST;
using Rehab.Graph.Api.Limits;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// How big a document is before anything walks it: its fragments, its spreads, and the fields of the
/// operation with every fragment written out in place. Each fragment's size is worked out once and
/// then reused, so measuring takes time in proportion to the document, even where writing it out
/// would take 2^n.
/// </summary>
internal sealed class DocumentSize
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<GraphQLFragmentDefinition, long> _expanded = [];
    private readonly HashSet<GraphQLFragmentDefinition> _expanding = [];
    private readonly long _cap;

    private DocumentSize(GraphQLDocument document, long cap)
    {
        _cap = cap;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            // A second fragment of the same name is the spec's rules' to report; the first stands in for both here.
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <summary>The first limit the document is over, or null when it is within all of them.</summary>
    public static QueryLimitError? Check(GraphQLDocument document, GraphQLOperationDefinition operation, LimitOptions limits)
    {
        var fragments = document.Definitions.Count(d => d is GraphQLFragmentDefinition);
        if (fragments > limits.MaxFragments)
        {
            return new QueryLimitError(Invariant($"The document defines {fragments:N0} fragments; at most {limits.MaxFragments:N0} are allowed."));
        }

        var spreads = document.Definitions.OfType<IHasSelectionSetNode>().Sum(d => Spreads(d.SelectionSet));
        if (spreads > limits.MaxFragmentSpreads)
        {
            return new QueryLimitError(Invariant($"The document has {spreads:N0} fragment spreads; at most {limits.MaxFragmentSpreads:N0} are allowed."));
        }

        var expanded = new DocumentSize(document, limits.MaxExpandedFields).Fields(operation.SelectionSet);
        return expanded > limits.MaxExpandedFields
            ? new QueryLimitError(Invariant($"With its fragments expanded the operation has more than {limits.MaxExpandedFields:N0} fields, the most allowed; use fewer or smaller fragments."))
            : null;
    }

    private static int Spreads(GraphQLSelectionSet? selectionSet) => selectionSet?.Selections.Sum(selection => selection switch
    {
        GraphQLFragmentSpread => 1,
        IHasSelectionSetNode node => Spreads(node.SelectionSet),
        _ => 0,
    }) ?? 0;

    /// <summary>Fields in the selection with fragments written out, counted up to just past the cap (so the sums cannot overflow).</summary>
    private long Fields(GraphQLSelectionSet? selectionSet)
    {
        long fields = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var size = selection switch
            {
                GraphQLField field => 1 + Fields(field.SelectionSet),
                GraphQLInlineFragment inline => Fields(inline.SelectionSet),
                GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            fields = Math.Min(_cap + 1, fields + size);
        }

        return fields;
    }

    private long Fragment(string name)
    {
        // Unknown fragments and cycles are the spec's rules' to report; they add nothing here.
        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(fragment))
        {
            return 0;
        }

        if (!_expanded.TryGetValue(fragment, out var size))
        {
            size = Fields(fragment.SelectionSet);
            _expanded[fragment] = size;
        }

        _expanding.Remove(fragment);
        return size;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
