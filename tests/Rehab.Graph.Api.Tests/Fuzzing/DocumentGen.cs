using CsCheck;

namespace Rehab.Graph.Api.Tests.Fuzzing;

/// <summary>A variable an operation declares, and the value sent for it (none: not sent at all).</summary>
public sealed record Variable(string Name, string Type, Value? Sent);

/// <summary>A GraphQL document with the variables and operation name a client would send with it.</summary>
/// <param name="Kind">Which generator made it, for the run's summary.</param>
public sealed record Operation(string Kind, string Document, IReadOnlyList<Variable> Variables, string? OperationName);

/// <summary>Part of a document: its text, the variables it uses and the fragment definitions it spreads.</summary>
public sealed record Piece(string Text, IReadOnlyList<Variable> Variables, IReadOnlyList<string> Fragments)
{
    public static Piece Of(string text) => new(text, [], []);

    public static Piece Join(string separator, IEnumerable<Piece> pieces, string prefix = "", string suffix = "")
    {
        var all = pieces.ToList();
        return new Piece(prefix + string.Join(separator, all.Select(p => p.Text)) + suffix, [.. all.SelectMany(p => p.Variables)], [.. all.SelectMany(p => p.Fragments)]);
    }
}

/// <summary>
/// GraphQL documents over the hub's real schema, valid and nearly valid (so that most get past parsing into validation
/// and execution), and the documents attackers write: fragment cycles and blow-ups, deep nesting, deep introspection,
/// many aliases, repeated fields, broken exclusion zones, subscriptions, several operations, and text that is not
/// GraphQL at all.
/// </summary>
public sealed class DocumentGen
{
    /// <summary>
    /// Fragment chains where each fragment spreads the next twice cost 2^n to expand on a hub without a guard. Up to
    /// 2^16 a hub without one still refuses them in a fraction of a second (as too complex), so a run on it finishes.
    /// A few go to 2^22, which a guarded hub must refuse cheaply: on one that is not, they take seconds of CPU and fail
    /// by the timeout (2^30 pinned a core for minutes).
    /// </summary>
    public const int UsualFragmentDoublings = 16;

    public const int MostFragmentDoublings = 22;

    /// <summary>
    /// Levels of <c>possibleTypes { interfaces { ... } }</c> on Node: each pair multiplies the answer by the number of
    /// Node types. On a hub that did not bound introspection 12 levels answered 7.6 MB (over the answer bound), 14 took
    /// 1.5 GB and 16 were 226 MB in 33 s: deeper would risk the memory of the test host the hub runs in.
    /// </summary>
    public const int MostIntrospectionLevels = 12;

    private readonly SchemaModel _schema;
    private readonly ValueGen _values;
    private readonly Dictionary<(string, int), Gen<Piece>> _selectionSets = [];

    public DocumentGen(SchemaModel schema)
    {
        _schema = schema;
        _values = new ValueGen(schema);
        // Order matters for shrinking: CsCheck counts an earlier choice as smaller, so the plainest documents come first.
        Operations = Gen.Frequency(
            (45, Query),
            (18, Mutation),
            (4, MultipleOperations),
            (5, Introspection),
            (4, ExclusionZones),
            (3, FragmentCycle),
            (3, FragmentBlowUp),
            (5, DeepNesting),
            (3, ManyAliases),
            (1, RepeatedField),
            (2, Subscription),
            (7, NotQuiteGraphQL),
            (1, Oversized));
    }

    public Gen<Operation> Operations { get; }

    private static Gen<string> Names { get; } = Gen.Frequency(
        (6, Gen.OneOf("a", "b", "x", "first", "node", "services", "id", "query", "on", "fragment", "true", "null", "__typename", "Query")),
        (1, Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"], 1, 12]));

    private Gen<Operation> Query => Gen.Select(
        Gen.Frequency((5, Gen.Int[0, 3]), (1, Gen.Int[4, 11])),
        Gen.Frequency((3, Gen.Const("query")), (2, Gen.Const(""))),
        Gen.Frequency((3, Gen.Const((string?)null)), (1, Names.Select(n => (string?)("Q" + n)))),
        Gen.Int[1, 3],
        (depth, keyword, name, width) => (depth, keyword, name, width))
        .SelectMany(t => Selections("Query", t.depth, t.width).Select(root => Assemble("query", t.keyword, t.name, root)));

    private Gen<Operation> Mutation => Gen.Select(Gen.Frequency((6, Gen.Const(1)), (1, Gen.Int[2, 3])), Gen.Int[0, 2], (fields, depth) => (fields, depth))
        .SelectMany(t => Field("Mutation", t.depth).Array[t.fields].Select(fields => Piece.Join(" ", fields, "{ ", " }")))
        .SelectMany(root => Gen.Frequency((3, Gen.Const((string?)null)), (1, Names.Select(n => (string?)("M" + n))))
            .Select(name => Assemble("mutation", "mutation", name, root)));

    /// <summary>An operation around a root selection set: declares every variable its arguments use, and puts its fragments after it.</summary>
    private static Operation Assemble(string kind, string keyword, string? name, Piece root)
    {
        var declarations = root.Variables.Count == 0 ? "" : "(" + string.Join(", ", root.Variables.Select(v => $"${v.Name}: {v.Type}")) + ")";
        var head = keyword.Length == 0 && name is null && declarations.Length == 0 ? "" : $"{(keyword.Length == 0 ? "query" : keyword)} {name}{declarations} ";
        var document = head + root.Text + string.Concat(root.Fragments.Select(f => "\n" + f));
        return new Operation(kind, document, root.Variables, name);
    }

    /// <summary>The selection set of <paramref name="type"/>, <paramref name="depth"/> levels deep below it.</summary>
    private Gen<Piece> Selections(string type, int depth, int width = 0)
    {
        if (width > 0)
        {
            return Selection(type, depth).Array[1, width].Select(items => Piece.Join(" ", items, "{ ", " }"));
        }

        lock (_selectionSets)
        {
            if (!_selectionSets.TryGetValue((type, depth), out var gen))
            {
                // Lazy, so that a type's selections are built only when generated into: the schema's types refer to each other.
                gen = Gen.Int[1, depth > 1 ? 2 : 3].SelectMany(n => Selection(type, depth).Array[n]).Select(items => Piece.Join(" ", items, "{ ", " }"));
                _selectionSets[(type, depth)] = gen;
            }

            return gen;
        }
    }

    private Gen<Piece> Selection(string type, int depth)
    {
        var spreadable = _schema.IsInterface(type) ? _schema.PossibleTypes[type] : [type];
        return Gen.Frequency(
            (40, Field(type, depth)),
            (1, Gen.Const(Piece.Of("__typename"))),
            (_schema.IsInterface(type) ? 4 : 1, Gen.OneOf([.. spreadable, type, "Node", "Query", "Need"])
                .SelectMany(on => Selections(on, Math.Max(0, depth - 1)).Select(inner => inner with { Text = $"... on {on} {inner.Text}" }))),
            (2, Gen.Select(Gen.Int[0, 9_999], Selections(type, Math.Max(0, depth - 1)), (n, inner) =>
                new Piece($"...F{n}", inner.Variables, [.. inner.Fragments, $"fragment F{n} on {type} {inner.Text}"]))),
            (1, Gen.Select(Names, Gen.OneOf("", "{ id }", "(id: 1)"), (name, rest) => Piece.Of(name + rest))));
    }

    /// <summary>A field of <paramref name="type"/> with arguments, maybe an alias and a directive, and its own selections.</summary>
    private Gen<Piece> Field(string type, int depth) =>
        Gen.OneOf([.. _schema.Outputs[type]]).SelectMany(field => Gen.Select(
            Gen.Frequency((4, Gen.Const("")), (1, Names.Select(n => "al" + n + ": "))),
            Arguments(field),
            Gen.Frequency((12, Gen.Const(Piece.Of(""))), (1, Directive)),
            _schema.IsComposite(field.Type.Leaf)
                ? depth > 0 ? Selections(field.Type.Leaf, depth - 1) : Gen.Frequency((9, Gen.Const(Piece.Of("{ __typename }"))), (1, Gen.Const(Piece.Of(""))))
                : Gen.Frequency((30, Gen.Const(Piece.Of(""))), (1, Gen.Const(Piece.Of("{ code }")))),
            (alias, arguments, directive, selections) => Piece.Join(" ", [arguments with { Text = alias + field.Name + arguments.Text }, directive, selections])));

    /// <summary>The field's arguments (required ones nearly always, others sometimes), each a literal or a variable, and now and then one it does not have.</summary>
    private Gen<Piece> Arguments(FieldDef field)
    {
        var arguments = field.Args.Select(a => Gen.Select(
            a.Required ? Gen.Frequency((19, Gen.Const(true)), (1, Gen.Const(false))) : Gen.Frequency((2, Gen.Const(true)), (3, Gen.Const(false))),
            Argument(a),
            (present, piece) => present ? piece : null));
        var extra = Gen.Frequency(
            (12, Gen.Const((Piece?)null)),
            (1, Gen.Select(Names, _values.For(new TypeRef("String", null, false), "x"), (n, v) => (Piece?)Piece.Of($"{n}: {v.Literal()}"))));
        return Gen.Select(ValueGen.Sequence(arguments), extra, (args, unknown) =>
        {
            var given = args.Append(unknown).OfType<Piece>().ToList();
            return given.Count == 0 ? Piece.Of("") : Piece.Join(", ", given, "(", ")");
        });
    }

    private Gen<Piece> Argument(InputValueDef argument) => Gen.Frequency(
        (3, _values.For(argument.Type, argument.Name).Select(v => Piece.Of($"{argument.Name}: {v.Literal()}"))),
        (1, Gen.Select(Gen.Int[0, 999], DeclaredType(argument.Type), SentValue(argument), (n, declared, sent) =>
            new Piece($"{argument.Name}: $v{n}", [new Variable($"v{n}", declared, sent)], []))));

    /// <summary>Usually the argument's own type; sometimes one it cannot take.</summary>
    private static Gen<string> DeclaredType(TypeRef type) => Gen.Frequency(
        (10, Gen.Const(type.ToString())),
        (1, Gen.Const(type.Nullable.ToString())),
        (1, Gen.OneOf("String", "Int!", "[ID]", "Boolean", "GeoJSON", "Unknown", "ConnectInput", "Query")));

    private Gen<Value?> SentValue(InputValueDef argument) => Gen.Frequency(
        (12, _values.For(argument.Type, argument.Name).Select(v => (Value?)v)),
        (1, Gen.Const((Value?)null)));

    /// <summary>@include and @skip with literals or variables, and directives the hub does not have or that do not belong here.</summary>
    private static Gen<Piece> Directive => Gen.Frequency(
        (3, Gen.Select(Gen.OneOf("include", "skip"), Gen.Bool, (d, b) => Piece.Of($"@{d}(if: {(b ? "true" : "false")})"))),
        (3, Gen.Select(
            Gen.OneOf("include", "skip"),
            Gen.Int[0, 999],
            Gen.Frequency((6, Gen.Bool.Select(b => (Value?)new Value.Bool(b))), (1, Gen.Const((Value?)null)), (1, Gen.Const<Value?>(Value.Of("yes")))),
            Gen.Frequency((6, Gen.Const("Boolean!")), (2, Gen.Const("Boolean")), (1, Gen.Const("String"))),
            (d, n, sent, type) => new Piece($"@{d}(if: $d{n})", [new Variable($"d{n}", type, sent)], []))),
        (1, Gen.OneOf("@include", "@skip(if: 1)", "@include(if: true) @include(if: false)", "@deprecated", "@specifiedBy(url: \"x\")", "@oneOf", "@defer", "@stream", "@live", "@unknown(x: 1)", "@")
            .Select(Piece.Of)));

    private Gen<Operation> MultipleOperations => Gen.Select(Query, Mutation, Gen.Int[0, 5], (q, m, variant) => variant switch
    {
        0 => q with { Kind = "operations", Document = q.Document + "\n" + m.Document, Variables = [.. q.Variables, .. m.Variables] },
        1 => new Operation("operations", "query A { needs { code } } query B { __typename }", [], "A"),
        2 => new Operation("operations", "query A { needs { code } } query B { __typename }", [], "C"),
        3 => new Operation("operations", "query A { needs { code } } query A { __typename }", [], "A"),
        4 => new Operation("operations", "{ needs { code } } query B { __typename }", [], null),
        _ => new Operation("operations", "mutation A { __typename } query B { __typename }", [], "A"),
    });

    /// <summary>The IDEs' own introspection query, and introspection nested as deep as an attacker would nest it.</summary>
    private Gen<Operation> Introspection => Gen.Frequency(
        (2, Gen.Const(new Operation("introspection", StandardIntrospection, [], "IntrospectionQuery"))),
        (4, Gen.Select(Gen.OneOf("Node", "Query", "Service", "ConnectInput", "Nope", ""), Gen.Int[1, 8], TypeIntrospection)),
        (2, Gen.Int[9, MostIntrospectionLevels].Select(levels => TypeIntrospection("Node", levels))),
        (4, Gen.Select(Gen.Int[1, 9], Gen.OneOf("types", "queryType", "mutationType"), (levels, root) =>
            new Operation("introspection", $"{{ __schema {{ {root} {{ name fields {{ name type {{ {Nest(levels, _ => "ofType", "name kind")} }} }} }} }} }}", [], null))),
        (2, Gen.OneOf(
            "{ __schema { types { name fields(includeDeprecated: true) { args { type { name } } } inputFields { name } enumValues { name } } } }",
            "{ __schema { directives { name args { name type { name } } locations } } }",
            "{ __type(name: \"Node\") { possibleTypes { fields { type { possibleTypes { fields { name } } } } } } }",
            "{ __typename __schema { subscriptionType { name } } }",
            "query { __type(name: 1) { name } }",
            "{ services(first: 1) { __schema { types { name } } } }",
            "{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __type(name: \"Service\") { name } }")
            .Select(d => new Operation("introspection", d, [], null))));

    /// <summary>A connect for an ad-hoc profile with licence exclusion zones: GeoJSON, valid or broken, as a literal or a variable.</summary>
    private static Gen<Operation> ExclusionZones => Gen.Select(ValueGen.GeoJson, Gen.Bool, Gen.OneOf("MALE", "FEMALE"), (zones, asVariable, gender) =>
    {
        const string Selection = "{ services { service { id } distanceKm } excluded { id rule } }";
        string Profile(string z) => $"profile: {{ home: {{ latitude: 53.745, longitude: -0.335 }}, gender: {gender}, exclusionZones: {z} }}";
        return asVariable
            ? new Operation("exclusion zones", $"query($zones: GeoJSON) {{ connect(input: {{ {Profile("$zones")} }}) {Selection} }}", [new Variable("zones", "GeoJSON", zones)], null)
            : new Operation("exclusion zones", $"{{ connect(input: {{ {Profile(zones.Literal())} }}) {Selection} }}", [], null);
    });

    private static Operation TypeIntrospection(string name, int levels) =>
        new("introspection", $"{{ __type(name: \"{name}\") {{ {Nest(levels, i => i % 2 == 0 ? "possibleTypes" : "interfaces", "name")} }} }}", [], null);

    private static string Nest(int levels, Func<int, string> field, string leaf) =>
        Enumerable.Range(0, levels).Reverse().Aggregate(leaf, (inner, i) => $"{field(i)} {{ name {inner} }}");

    private static Gen<Operation> FragmentCycle => Gen.Select(Gen.Int[1, 5], Gen.OneOf("Query", "Service"), Gen.Bool, (length, type, nested) =>
    {
        var fragments = Enumerable.Range(0, length).Select(i => $"fragment C{i} on {type} {{ __typename ...C{(i + 1) % length} }}");
        var root = type == "Query" ? "{ ...C0 }" : "{ services(first: 1) { nodes { ...C0 } } }";
        return new Operation("fragment cycle", (nested ? "query " : "") + root + "\n" + string.Join("\n", fragments), [], null);
    });

    private static Gen<Operation> FragmentBlowUp => Gen.Select(
        Gen.Frequency((19, Gen.Int[2, UsualFragmentDoublings]), (1, Gen.Int[UsualFragmentDoublings + 1, MostFragmentDoublings])),
        Gen.OneOf("Query", "Service"),
        (n, type) =>
        {
            var fragments = Enumerable.Range(0, n).Select(i => $"fragment F{i} on {type} {{ ...F{i + 1} ...F{i + 1} }}").Append($"fragment F{n} on {type} {{ __typename }}");
            var root = type == "Query" ? "{ ...F0 }" : "{ services(first: 1) { nodes { ...F0 } } }";
            return new Operation("fragment blow-up", root + "\n" + string.Join("\n", fragments), [], null);
        });

    /// <summary>Nesting around the parser's limit of 128 and the hub's depth limit: of selections, list literals and input objects.</summary>
    private Gen<Operation> DeepNesting => Gen.Select(Gen.Frequency((3, Gen.Int[8, 140]), (1, Gen.Int[141, 600])), Gen.Int[0, 4], (depth, shape) => shape switch
    {
        0 => new Operation("deep nesting", Deep(depth, "{ organisations(first: 1) { nodes ", "{ services ", "{ organisation ", "{ name }"), [], null),
        1 => new Operation("deep nesting", string.Concat(Enumerable.Repeat("{ a ", depth)) + "{ b }" + new string('}', depth), [], null),
        2 => new Operation("deep nesting", $"{{ services(where: {{ needs: {new string('[', depth)}\"DRUGS\"{new string(']', depth)} }}) {{ totalCount }} }}", [], null),
        3 => new Operation("deep nesting", $"{{ connect(input: {{ profile: {{ home: {{ latitude: 53.75, longitude: -0.35 }}, gender: MALE, exclusionZones: {string.Concat(Enumerable.Repeat("{ a: ", depth))}1{new string('}', depth)} }} }}) {{ services {{ score }} }} }}", [], null),
        _ => new Operation("deep nesting", $"query($z: GeoJSON) {{ connect(input: {{ profile: {{ home: {{ latitude: 53.75, longitude: -0.35 }}, gender: MALE, exclusionZones: $z }} }}) {{ services {{ score }} }} }}",
            [new Variable("z", "GeoJSON", Enumerable.Range(0, Math.Min(depth, 60)).Aggregate((Value)Value.Of(1), (inner, _) => new Value.List([inner])))], null),
    });

    private static string Deep(int depth, string open, string a, string b, string leaf)
    {
        var parts = Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? a : b);
        return open + string.Concat(parts) + leaf + new string('}', depth + 1) + " }";
    }

    /// <summary>
    /// One field asked for many times under aliases: the cheap way to multiply the work of one request. Many aliased
    /// connects cost seconds on a hub that does not charge for them, so they are the rarest.
    /// </summary>
    private static Gen<Operation> ManyAliases => Gen.Frequency(
        (8, Gen.Select(Gen.Int[2, 30], Gen.OneOf([.. CheapFields, .. Connects]), Aliased)),
        (2, Gen.Select(Gen.Int[31, 300], Gen.OneOf(CheapFields), Aliased)),
        (1, Gen.Select(Gen.Int[31, 200], Gen.OneOf(Connects), Aliased)));

    /// <summary>
    /// The same field again and again, without aliases: GraphQL merges them into one, after comparing every pair. On
    /// a hub that does not count them, 2,100 <c>node</c> fields (63 kB, under the request limit) took 8 s of CPU.
    /// </summary>
    private static Gen<Operation> RepeatedField => Gen.Select(Gen.Frequency((3, Gen.Int[2, 500]), (1, Gen.Int[501, 3_600])), Gen.OneOf(CheapFields), (n, selection) =>
        new Operation("repeated field", "{ " + string.Join(" ", Enumerable.Repeat(selection, n)) + " }", [], null));

    private static readonly string[] CheapFields = ["needs { code }", "services(first: 5) { nodes { name } }", "node(id: \"svc-0001\") { id }", "__typename"];

    private static readonly string[] Connects =
    [
        "connect(input: { profile: { home: { latitude: 53.75, longitude: -0.35 }, gender: MALE }, first: 3 }) { services { score } }",
        "connect(input: { profile: { home: { latitude: 53.75, longitude: -0.35 }, gender: FEMALE, needs: [\"HEALTH\"] }, near: { place: \"HU5\", radiusKm: 20 }, first: 10 }) { services { score } placements { score } }",
    ];

    private static Operation Aliased(int n, string selection) =>
        new("aliases", "{ " + string.Join(" ", Enumerable.Range(0, n).Select(i => $"a{i}: {selection}")) + " }", [], null);

    private static Gen<Operation> Subscription => Gen.OneOf(
        "subscription { needs { code } }",
        "subscription S { __typename }",
        "subscription { serviceChanged { id } }",
        "subscription($a: Int) { needs { code } }").Select(d => new Operation("subscription", d, [], null));

    /// <summary>Text that is not a GraphQL document: token soup, broken strings and comments, stray bytes.</summary>
    private static Gen<Operation> NotQuiteGraphQL => Gen.OneOf(
        Gen.OneOf(
            "{", "}", "{ needs { code }", "{ needs { code } } }", "{ needs(", "query", "query {}", "{}", "", " ", "\ufeff{ needs { code } }",
            "{ needs { code } } garbage", "{ \"needs\" }", "{ needs { code } # comment", "\"\"\"", "{ a(b: \"unterminated) }",
            "{ a(b: \"\\uZZZZ\") }", "{ a(b: \"\\u{1F600}\") }", "{ a(b: \"\"\"block \\\"\"\" string\"\"\") }", "{ a(b: 1.e5) }", "{ a(b: 0x1F) }",
            "{ a(b: -) }", "{ a(b: $) }", "{ ...on }", "{ ... }", "fragment F on Query { a }", "{ needs { code } }\u0000", "{ ne\u0000eds }",
            "\u00a0{ needs { code } }", "{ needs\u2028{ code } }", "query ($: Int) { a }", "query Q($a: Int = $a) { a }",
            "schema { query: Query }", "type Query { a: Int }", "extend type Query { b: Int }", "directive @a on FIELD",
            "{ a: b: c }", "{ a @ }", "{ a(,) }", "{ a(b: [1,) }", "{ a(b: {c: }) }", "{ a(b: {c: 1 c: 2}) }")
            .Select(d => new Operation("not graphql", d, [], null)),
        Gen.String[Gen.Char["{}()[]:$@!.=|&\"#,\n abQqon..."], 0, 200].Select(d => new Operation("not graphql", d, [], null)),
        Gen.String.Select(d => new Operation("not graphql", d, [], null)));

    /// <summary>Just over the hub's request limit (64 KiB): a valid query padded with a comment, or many fields.</summary>
    private static Gen<Operation> Oversized => Gen.Select(Gen.Int[60_000, 90_000], Gen.Bool, (n, comment) => comment
        ? new Operation("oversized", "{ needs { code } } #" + new string('x', n), [], null)
        : new Operation("oversized", "{ " + string.Concat(Enumerable.Repeat("__typename ", n / 11)) + "}", [], null));

    /// <summary>GraphiQL's introspection query, as IDEs send it: the hub must keep answering it.</summary>
    public const string StandardIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
