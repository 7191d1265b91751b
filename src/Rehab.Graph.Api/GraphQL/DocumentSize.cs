using System.Globalization;
using GraphQLParser.AST;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain;

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
    private readonly Dictionary<GraphQLFragmentDefinition, Dictionary<string, int>> _responseNames = [];
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

        var size = new DocumentSize(document, limits.MaxExpandedFields);
        if (size.Fields(operation.SelectionSet) > limits.MaxExpandedFields)
        {
            return new QueryLimitError(Invariant($"With its fragments expanded the operation has more than {limits.MaxExpandedFields:N0} fields, the most allowed; use fewer or smaller fragments."));
        }

        var (name, repeats) = document.Definitions.OfType<IHasSelectionSetNode>().SelectMany(d => SelectionSets(d.SelectionSet))
            .Select(size.MostRepeatedName).MaxBy(r => r.Repeats);
        return repeats > limits.MaxRepeatsOfAField
            ? new QueryLimitError(Invariant($"One selection asks for '{CallerText.Shown(name)}' {repeats:N0} times; at most {limits.MaxRepeatsOfAField:N0} are allowed (use aliases for different arguments, and ask for a field once)."))
            : null;
    }

    /// <summary>
    /// Every selection set in a definition. The spec's rule that fields in one selection can be merged compares every
    /// pair of fields that share a response name, and their sub-selections pair by pair: quadratic in the repeats.
    /// </summary>
    private static IEnumerable<GraphQLSelectionSet> SelectionSets(GraphQLSelectionSet? selectionSet)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        yield return selectionSet;
        foreach (var nested in selectionSet.Selections.OfType<IHasSelectionSetNode>().SelectMany(s => SelectionSets(s.SelectionSet)))
        {
            yield return nested;
        }
    }

    /// <summary>The response name asked for most often in one selection, with the fragments at that level written out.</summary>
    private (string Name, int Repeats) MostRepeatedName(GraphQLSelectionSet selectionSet) =>
        ResponseNames(selectionSet).Select(n => (n.Key, n.Value)).DefaultIfEmpty((string.Empty, 0)).MaxBy(n => n.Item2);

    private Dictionary<string, int> ResponseNames(GraphQLSelectionSet? selectionSet)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    Add(names, (field.Alias?.Name ?? field.Name).StringValue, 1);
                    break;
                case GraphQLInlineFragment inline:
                    AddAll(names, ResponseNames(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    AddAll(names, FragmentResponseNames(spread.FragmentName.Name.StringValue));
                    break;
            }
        }

        return names;
    }

    private Dictionary<string, int> FragmentResponseNames(string name)
    {
        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(fragment))
        {
            return [];
        }

        if (!_responseNames.TryGetValue(fragment, out var names))
        {
            names = ResponseNames(fragment.SelectionSet);
            _responseNames[fragment] = names;
        }

        _expanding.Remove(fragment);
        return names;
    }

    private static void AddAll(Dictionary<string, int> names, Dictionary<string, int> more)
    {
        foreach (var (name, count) in more)
        {
            Add(names, name, count);
        }
    }

    private static void Add(Dictionary<string, int> names, string name, int count) =>
        names[name] = (int)Math.Min(int.MaxValue, (long)names.GetValueOrDefault(name) + count);


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
