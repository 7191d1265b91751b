using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Prices introspection by the size of its answer in this schema, where GraphQL.NET's default would
/// count every list as 20 items: a list that walks the whole schema (every type once, then every
/// field of every type once, ...) counts its average length, so the standard introspection query
/// costs about what it returns; any other list (one type's fields, a type's interfaces'
/// fields, ...) counts the longest it can be, so no answer is larger than its price.
/// Fields of the data schema keep GraphQL.NET's default pricing.
/// </summary>
internal static class IntrospectionComplexity
{
    private static readonly Func<FieldImpactContext, FieldComplexityResult> DataDefault = new ComplexityOptions().DefaultComplexityImpactDelegate;

    private static readonly ConditionalWeakTable<ISchema, SchemaSize> Sizes = [];

    public static FieldComplexityResult Price(FieldImpactContext context)
    {
        if (!context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return DataDefault(context);
        }

        var size = Sizes.GetValue(context.ValidationContext.Schema, SchemaSize.Of);
        return new(1, size.ListLength(context.FieldDefinition, size.WalksWholeSchema(context.Parent)));
    }

    /// <summary>The schema's counts, per list of introspection: how long it is on average across the schema, and at most.</summary>
    private sealed class SchemaSize
    {
        private readonly Dictionary<FieldType, (double Average, double Longest)> _lists = [];
        private readonly FieldType _types;
        private readonly FieldType _directives;
        private readonly HashSet<FieldType> _perElementLists;

        private SchemaSize(ISchema schema)
        {
            var types = schema.AllTypes.ToList();
            // Input objects are complex types too, but their fields are introspected as inputFields.
            var fields = types.Where(t => t is not IInputObjectGraphType).OfType<IComplexGraphType>().SelectMany(t => t.Fields).ToList();
            var schemaType = (IComplexGraphType)schema.AllTypes["__Schema"]!;
            var typeType = (IComplexGraphType)schema.AllTypes["__Type"]!;
            var fieldType = (IComplexGraphType)schema.AllTypes["__Field"]!;
            var directiveType = (IComplexGraphType)schema.AllTypes["__Directive"]!;
            FieldType Field(IComplexGraphType type, string name) => type.GetField(name)!;

            _types = Field(schemaType, "types");
            _directives = Field(schemaType, "directives");
            _lists[_types] = (types.Count, types.Count);
            _lists[_directives] = (schema.Directives.Count, schema.Directives.Count);
            _lists[Field(typeType, "fields")] = Per(types, t => t is IInputObjectGraphType ? 0 : (t as IComplexGraphType)?.Fields.Count);
            _lists[Field(typeType, "inputFields")] = Per(types, t => (t as IInputObjectGraphType)?.Fields.Count);
            _lists[Field(typeType, "enumValues")] = Per(types, t => (t as EnumerationGraphType)?.Values.Count);
            _lists[Field(typeType, "interfaces")] = Per(types, t => (t as IImplementInterfaces)?.ResolvedInterfaces.Count);
            _lists[Field(typeType, "possibleTypes")] = Per(types, t => (t as IAbstractGraphType)?.PossibleTypes.Count);
            _lists[Field(fieldType, "args")] = Per(fields, f => f.Arguments?.Count);
            _lists[Field(directiveType, "args")] = Per(schema.Directives, d => d.Arguments?.Count);
            _perElementLists = [Field(typeType, "fields"), Field(typeType, "inputFields"), Field(typeType, "enumValues"), Field(fieldType, "args")];
        }

        public static SchemaSize Of(ISchema schema) => new(schema);

        /// <summary>
        /// Whether the field yields every element of its kind in the schema exactly once across the
        /// answer: <c>types</c> and <c>directives</c> do, and so do the fields, input fields, enum
        /// values and arguments beneath them; a type's interfaces or possible types repeat types.
        /// </summary>
        public bool WalksWholeSchema(FieldImpactContext? field) =>
            field?.FieldDefinition is { } definition
            && (definition == _types || definition == _directives || (_perElementLists.Contains(definition) && WalksWholeSchema(field.Value.Parent)));

        public double ListLength(FieldType list, bool underWholeSchema) =>
            _lists.TryGetValue(list, out var length) ? (underWholeSchema ? length.Average : length.Longest) : 1;

        private static (double Average, double Longest) Per<T>(IEnumerable<T> items, Func<T, int?> count)
        {
            var counts = items.Select(i => count(i) ?? 0).ToList();
            return counts.Count == 0 ? (0, 0) : (counts.Average(), counts.Max());
        }
    }
}
