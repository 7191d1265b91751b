using GraphQLParser.AST;
using Rehab.Graph.Testing;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>A GraphQL type as written in a field or argument: a named type, a list of one, either maybe non-null.</summary>
public sealed record TypeRef(string? Name, TypeRef? ListOf, bool NonNull)
{
    /// <summary>The named type inside any lists.</summary>
    public string Leaf => Name ?? ListOf!.Leaf;

    public TypeRef Nullable => this with { NonNull = false };

    public override string ToString() => (Name ?? $"[{ListOf}]") + (NonNull ? "!" : "");
}

public sealed record InputValueDef(string Name, TypeRef Type, bool HasDefault)
{
    public bool Required => Type.NonNull && !HasDefault;
}

public sealed record FieldDef(string Name, IReadOnlyList<InputValueDef> Args, TypeRef Type);

/// <summary>
/// The hub's schema as the fuzzer needs it, read from the printed <c>schema/rehab.graphql</c> (which a test keeps equal
/// to the running schema): output types and their fields, input types, enums and which objects implement each interface.
/// </summary>
public sealed class SchemaModel
{
    public static SchemaModel Rehab { get; } = Read(File.ReadAllText(RepositoryPaths.Combine("schema", "rehab.graphql")));

    public required IReadOnlyDictionary<string, IReadOnlyList<FieldDef>> Outputs { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> PossibleTypes { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<InputValueDef>> Inputs { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Enums { get; init; }

    public IReadOnlyList<FieldDef> Queries => Outputs["Query"];

    public IReadOnlyList<FieldDef> Mutations => Outputs["Mutation"];

    /// <summary>Every output, input, enum and scalar name: what <c>__type(name:)</c> can ask for.</summary>
    public IReadOnlyList<string> TypeNames =>
        [.. Outputs.Keys, .. Inputs.Keys, .. Enums.Keys, "String", "Int", "Float", "Boolean", "ID", "DateTime", "DateTimeOffset", "DateOnly", "GeoJSON"];

    public bool IsComposite(string name) => Outputs.ContainsKey(name);

    public bool IsInterface(string name) => PossibleTypes.ContainsKey(name);

    private static SchemaModel Read(string sdl)
    {
        var document = GraphQLParser.Parser.Parse(sdl);
        var outputs = new Dictionary<string, IReadOnlyList<FieldDef>>();
        var implementations = new Dictionary<string, List<string>>();
        var inputs = new Dictionary<string, IReadOnlyList<InputValueDef>>();
        var enums = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    outputs[o.Name.StringValue] = Fields(o.Fields);
                    foreach (var i in o.Interfaces?.Items ?? [])
                    {
                        implementations.TryAdd(i.Name.StringValue, []);
                        implementations[i.Name.StringValue].Add(o.Name.StringValue);
                    }

                    break;
                case GraphQLInterfaceTypeDefinition i:
                    outputs[i.Name.StringValue] = Fields(i.Fields);
                    implementations.TryAdd(i.Name.StringValue, []);
                    break;
                case GraphQLInputObjectTypeDefinition i:
                    inputs[i.Name.StringValue] = [.. (i.Fields?.Items ?? []).Select(Input)];
                    break;
                case GraphQLEnumTypeDefinition e:
                    enums[e.Name.StringValue] = [.. (e.Values?.Items ?? []).Select(v => v.EnumValue.Name.StringValue)];
                    break;
            }
        }

        return new SchemaModel
        {
            Outputs = outputs,
            PossibleTypes = implementations.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value),
            Inputs = inputs,
            Enums = enums,
        };
    }

    private static IReadOnlyList<FieldDef> Fields(GraphQLFieldsDefinition? fields) =>
        [.. (fields?.Items ?? []).Select(f => new FieldDef(f.Name.StringValue, [.. (f.Arguments?.Items ?? []).Select(Input)], Type(f.Type)))];

    private static InputValueDef Input(GraphQLInputValueDefinition value) => new(value.Name.StringValue, Type(value.Type), value.DefaultValue is not null);

    private static TypeRef Type(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Type(n.Type) with { NonNull = true },
        GraphQLListType l => new TypeRef(null, Type(l.Type), false),
        GraphQLNamedType n => new TypeRef(n.Name.StringValue, null, false),
        _ => throw new NotSupportedException(type.Kind.ToString()),
    };
}
