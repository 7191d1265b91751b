using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;

namespace Rehab.Graph.Client.Generator;

internal enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

/// <summary>A type reference as the schema spells it: a name wrapped in lists and non-nulls.</summary>
internal sealed class TypeRef
{
    private TypeRef(string? name, TypeRef? ofType, bool isList, bool isNonNull)
    {
        Name = name;
        OfType = ofType;
        IsList = isList;
        IsNonNull = isNonNull;
    }

    public string? Name { get; }

    public TypeRef? OfType { get; }

    public bool IsList { get; }

    public bool IsNonNull { get; }

    public string NamedType => Name ?? OfType!.NamedType;

    public TypeRef Nullable => IsNonNull ? OfType! : this;

    public static TypeRef Named(string name) => new(name, null, false, false);

    public static TypeRef ListOf(TypeRef item) => new(null, item, true, false);

    public static TypeRef NonNull(TypeRef type) => new(null, type, false, true);

    public static TypeRef From(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NonNull(From(nonNull.Type)),
        GraphQLListType list => ListOf(From(list.Type)),
        GraphQLNamedType named => Named(named.Name.StringValue),
        _ => Named(type.ToString() ?? "?"),
    };

    public override string ToString() => IsNonNull ? OfType + "!" : IsList ? "[" + OfType + "]" : Name!;
}

internal sealed class InputValue(string name, TypeRef type, bool hasDefault, string? description = null)
{
    public string? Description { get; } = description;

    public string Name { get; } = name;

    public TypeRef Type { get; } = type;

    public bool HasDefault { get; } = hasDefault;

    /// <summary>A caller must give it: non-null and without a default.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefault;
}

internal sealed class FieldDef(string name, TypeRef type, IReadOnlyDictionary<string, InputValue> arguments, string? description = null)
{
    public string? Description { get; } = description;

    public string Name { get; } = name;

    public TypeRef Type { get; } = type;

    public IReadOnlyDictionary<string, InputValue> Arguments { get; } = arguments;
}

internal sealed class TypeDef(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public string? Description { get; set; }

    public Dictionary<string, FieldDef> Fields { get; } = [];

    /// <summary>Input object fields, in schema order (the emitted record's order).</summary>
    public List<InputValue> InputFields { get; } = [];

    public List<(string Name, string? Description)> EnumValues { get; } = [];

    /// <summary>For an object type: the interfaces it implements; for a union: its members.</summary>
    public List<string> Related { get; } = [];

    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    public bool IsInput => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;
}

/// <summary>The schema, read from every type-system definition in the AdditionalFiles.</summary>
internal sealed class Schema
{
    private static readonly string[] BuiltInScalars = ["ID", "String", "Int", "Float", "Boolean"];

    public Dictionary<string, TypeDef> Types { get; } = [];

    /// <summary>Directives an operation may use: the built-in include and skip, and any the schema declares.</summary>
    public HashSet<string> Directives { get; } = ["include", "skip"];

    public string QueryType { get; private set; } = "Query";

    public string MutationType { get; private set; } = "Mutation";

    public static bool IsTypeSystem(ASTNode definition) =>
        definition is GraphQLTypeDefinition or GraphQLSchemaDefinition or GraphQLDirectiveDefinition or GraphQLTypeExtension or GraphQLSchemaExtension;

    public static Schema Build(IEnumerable<GraphQLDocument> documents)
    {
        var schema = new Schema();
        foreach (var scalar in BuiltInScalars)
        {
            schema.Types[scalar] = new TypeDef(scalar, TypeKind.Scalar);
        }

        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            schema.Add(definition);
        }

        return schema;
    }

    public TypeDef? Find(string name) => Types.TryGetValue(name, out var type) ? type : null;

    /// <summary>Whether a selection on <paramref name="parent"/> always matches <paramref name="condition"/>.</summary>
    public bool AlwaysApplies(TypeDef parent, TypeDef condition) =>
        parent.Name == condition.Name || (parent.Kind == TypeKind.Object && IsPossible(condition, parent.Name));

    /// <summary>Whether a fragment on <paramref name="condition"/> can ever apply inside a selection on <paramref name="parent"/>.</summary>
    public bool CanOverlap(TypeDef parent, TypeDef condition) =>
        PossibleTypes(parent).Intersect(PossibleTypes(condition)).Any();

    private bool IsPossible(TypeDef abstractType, string objectType) => PossibleTypes(abstractType).Contains(objectType);

    private IEnumerable<string> PossibleTypes(TypeDef type) => type.Kind switch
    {
        TypeKind.Object => [type.Name],
        TypeKind.Union => type.Related,
        TypeKind.Interface => Types.Values.Where(t => t.Kind == TypeKind.Object && t.Related.Contains(type.Name)).Select(t => t.Name),
        _ => [],
    };

    private void Add(ASTNode definition)
    {
        switch (definition)
        {
            case GraphQLSchemaDefinition schemaDefinition:
                foreach (var root in schemaDefinition.OperationTypes)
                {
                    if (root.Operation == OperationType.Query)
                    {
                        QueryType = root.Type!.Name.StringValue;
                    }
                    else if (root.Operation == OperationType.Mutation)
                    {
                        MutationType = root.Type!.Name.StringValue;
                    }
                }

                break;
            case GraphQLObjectTypeDefinition objectType:
                AddFields(Define(objectType.Name.StringValue, TypeKind.Object, objectType.Description), objectType.Fields, objectType.Interfaces);
                break;
            case GraphQLInterfaceTypeDefinition interfaceType:
                AddFields(Define(interfaceType.Name.StringValue, TypeKind.Interface, interfaceType.Description), interfaceType.Fields, interfaceType.Interfaces);
                break;
            case GraphQLUnionTypeDefinition union:
                Define(union.Name.StringValue, TypeKind.Union, union.Description).Related.AddRange(union.Types?.Items.Select(t => t.Name.StringValue) ?? []);
                break;
            case GraphQLEnumTypeDefinition enumType:
                Define(enumType.Name.StringValue, TypeKind.Enum, enumType.Description).EnumValues.AddRange(enumType.Values?.Items.Select(v => (v.EnumValue.Name.StringValue, Text(v.Description))) ?? []);
                break;
            case GraphQLInputObjectTypeDefinition input:
                Define(input.Name.StringValue, TypeKind.InputObject, input.Description).InputFields.AddRange(input.Fields?.Items.Select(ToInputValue) ?? []);
                break;
            case GraphQLDirectiveDefinition directive:
                Directives.Add(directive.Name.StringValue);
                break;
            case GraphQLScalarTypeDefinition scalar:
                Define(scalar.Name.StringValue, TypeKind.Scalar, scalar.Description);
                break;
        }
    }

    private TypeDef Define(string name, TypeKind kind, GraphQLDescription? description)
    {
        var type = new TypeDef(name, kind) { Description = Text(description) };
        Types[name] = type;
        return type;
    }

    private static void AddFields(TypeDef type, GraphQLFieldsDefinition? fields, GraphQLImplementsInterfaces? interfaces)
    {
        type.Related.AddRange(interfaces?.Items.Select(i => i.Name.StringValue) ?? []);
        foreach (var field in fields?.Items ?? [])
        {
            var arguments = (field.Arguments?.Items ?? []).Select(ToInputValue).ToDictionary(a => a.Name);
            type.Fields[field.Name.StringValue] = new FieldDef(field.Name.StringValue, TypeRef.From(field.Type), arguments, Text(field.Description));
        }
    }

    private static InputValue ToInputValue(GraphQLInputValueDefinition value) =>
        new(value.Name.StringValue, TypeRef.From(value.Type), value.DefaultValue is not null, Text(value.Description));

    private static string? Text(GraphQLDescription? description) => description?.Value.ToString();
}
