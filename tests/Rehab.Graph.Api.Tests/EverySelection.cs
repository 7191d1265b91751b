using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;
using Rehab.Graph.Api.Listings;
using Rehab.Graph.Features.Connector;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Writes, from the running schema, the largest selection a screen could make of each root field: every field of the
/// item it returns (scalars, and every object field with its scalars: one level of objects), at the largest page size.
/// Pages, edges, connect's result and its matches wrap the item rather than being a level of their own, so a page of
/// services selects each service's organisation, needs and location, and a connect each match's service likewise.
/// New fields are selected as soon as they are in the schema.
/// </summary>
internal sealed class EverySelection(ISchema schema)
{
    /// <summary>A stored person, a service and a place of the demo region, for the root fields' arguments that need one.</summary>
    private static readonly Dictionary<string, string> KnownArguments = new(StringComparer.Ordinal)
    {
        ["node.id"] = "\"svc-0001\"",
        ["person.id"] = "\"per-0001\"",
        ["fund.personId"] = "\"per-0001\"",
        ["referral.id"] = "\"ref-0001\"",
        ["immediateJusticeCase.id"] = "\"ijc-0001\"",
        ["connect.input"] = $"{{personId: \"per-0001\", first: {ConnectorService.MaxPerSection}, near: {{place: \"Hessle\", radiusKm: 200}}}}",
        ["provisionGaps.near"] = "{place: \"Hessle\", radiusKm: 200}",
        ["plan.personId"] = "\"per-0001\"",
        ["socialCapitalHistory.personId"] = "\"per-0001\"",
        ["transitionCheck.input"] = "{personId: \"per-0001\", kind: NEW_HOME, home: {latitude: 53.76, longitude: -0.35}, postcodeDistrict: \"HU3\"}",
        ["transitions.personId"] = "\"per-0001\"",
        ["evaluation.from"] = "\"2026-01-01\"",
        ["evaluation.to"] = "\"2026-12-31\"",
    };

    public IEnumerable<string> RootFields
    {
        get
        {
            schema.Initialize();
            return schema.Query.Fields.Select(f => f.Name).Order(StringComparer.Ordinal);
        }
    }

    /// <summary>The operation asking for everything <paramref name="rootField"/> can give in one answer.</summary>
    public string Largest(string rootField)
    {
        var field = schema.Query.GetField(rootField)!;
        return $"{{ {field.Name}{Arguments(field, root: true)} {Of(field.ResolvedType!, 2, inList: false)} }}";
    }

    private string Of(IGraphType type, int levels, bool inList)
    {
        var named = type.GetNamedType();
        inList |= type is ListGraphType || (type is NonNullGraphType { ResolvedType: ListGraphType });
        return named switch
        {
            ScalarGraphType => "",
            // Each type's fields under aliases of its own: the same name may have another type elsewhere (a nullable location).
            IInterfaceGraphType abstractType => $"{{ __typename {string.Concat(abstractType.PossibleTypes.Select(t => $"... on {t.Name} {Fields(t, levels - 1, inList, $"{t.Name}_")} "))}}}",
            IComplexGraphType complex when Wraps(complex) => Fields(complex, levels, inList),
            IComplexGraphType complex => Fields(complex, levels - 1, inList),
            _ => throw new InvalidOperationException($"Cannot select {named.Name}."),
        };
    }

    /// <remarks>
    /// A page inside a list (each person's referrals in a page of people) is left out: a screen pages it for the item it
    /// opens, and a hundred pages of a hundred is the fan-out the limit is there to refuse.
    /// </remarks>
    private string Fields(IComplexGraphType type, int levels, bool inList, string alias = "")
    {
        var selection = new StringBuilder("{ ");
        foreach (var field in type.Fields)
        {
            var fieldType = field.ResolvedType!.GetNamedType();
            var text = fieldType switch
            {
                ScalarGraphType => field.Name,
                // A screen reads a page as nodes or as edges; the cursors are what edges add.
                _ when IsPage(type) && field.Name == "edges" => "edges { cursor }",
                IComplexGraphType complex when inList && IsPage(complex) => null,
                IComplexGraphType complex when levels > 0 || Wraps(complex) => $"{field.Name}{Arguments(field, root: false)} {Of(field.ResolvedType!, levels, inList)}",
                _ => null,
            };
            if (text is not null)
            {
                selection.Append(alias is "" ? "" : $"{alias}{field.Name}: ").Append(text).Append(' ');
            }
        }

        return selection.Append('}').ToString();
    }

    private static bool IsPage(IComplexGraphType type) => type.Name.EndsWith("Connection", StringComparison.Ordinal);

    /// <summary>Types that hold items rather than being one: a page, an edge, connect's result and its matches.</summary>
    private static bool Wraps(IComplexGraphType type) =>
        IsPage(type) || type.Name.EndsWith("Edge", StringComparison.Ordinal)
        || type.Name.EndsWith("Match", StringComparison.Ordinal) || type.Name == "ConnectorResult";

    private static string Arguments(FieldType field, bool root)
    {
        var arguments = new List<string>();
        foreach (var argument in field.Arguments ?? [])
        {
            var key = $"{field.Name}.{argument.Name}";
            if (root && KnownArguments.TryGetValue(key, out var known))
            {
                arguments.Add($"{argument.Name}: {known}");
            }
            else if (argument.Name == "first")
            {
                arguments.Add(string.Create(CultureInfo.InvariantCulture, $"first: {ListingArguments.MaxPageSize}"));
            }
            else if (argument.ResolvedType is NonNullGraphType && argument.DefaultValue is null)
            {
                throw new InvalidOperationException($"No value for the required argument {key}: add one to {nameof(KnownArguments)}.");
            }
        }

        return arguments.Count == 0 ? "" : $"({string.Join(", ", arguments)})";
    }
}
