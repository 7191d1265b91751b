using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Microsoft.CodeAnalysis;

namespace Rehab.Graph.Client.Generator;

/// <summary>
/// Checks one operation against the schema (the rules of the GraphQL spec's validation section that decide whether the hub
/// would accept it) and builds its result records. Every finding is reported at the file and line of the node at fault.
/// </summary>
internal sealed class OperationCompiler
{
    private static readonly FieldDef Typename = new("__typename", TypeRef.NonNull(TypeRef.Named("String")), new Dictionary<string, InputValue>());

    private readonly Schema schema;
    private readonly IReadOnlyDictionary<string, (GraphQLFragmentDefinition Definition, ParsedFile File)> fragments;
    private readonly Action<Diagnostic> report;
    private readonly Dictionary<string, (InputValue Value, bool HasNonNullDefault)> variables = [];
    private readonly List<string> usedFragments = [];

    /// <summary>Variables of an unknown type, reported once where declared rather than again at every use.</summary>
    private readonly HashSet<string> untyped = [];

    private readonly HashSet<string> usedVariables = [];
    private readonly HashSet<GraphQLSelectionSet> typenameInjections = [];
    private string operationName = "";

    public OperationCompiler(
        Schema schema,
        IReadOnlyDictionary<string, (GraphQLFragmentDefinition Definition, ParsedFile File)> fragments,
        Action<Diagnostic> report)
    {
        this.schema = schema;
        this.fragments = fragments;
        this.report = report;
    }

    public OperationModel? Compile(GraphQLOperationDefinition operation, ParsedFile file)
    {
        operationName = operation.Name!.StringValue;
        if (operation.Operation == OperationType.Subscription)
        {
            Report(Diagnostics.Unsupported, file, operation, "Subscriptions are not served by the hub");
            return null;
        }

        var isMutation = operation.Operation == OperationType.Mutation;
        var rootName = isMutation ? schema.MutationType : schema.QueryType;
        if (schema.Find(rootName) is not { } root)
        {
            Report(Diagnostics.Unsupported, file, operation, $"The schema has no {(isMutation ? "mutation" : "query")} type '{rootName}'");
            return null;
        }

        var declared = new List<InputValue>();
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var name = definition.Variable.Name.StringValue;
            var type = TypeRef.From(definition.Type);
            if (schema.Find(type.NamedType) is not { IsInput: true })
            {
                Report(Diagnostics.UnknownType, file, definition.Type, name, type.NamedType);
                untyped.Add(name);
            }
            else if (definition.DefaultValue is { } defaultValue)
            {
                CheckValue(defaultValue, type, $"Default value of '${name}'", locationHasDefault: false, file);
            }

            var value = new InputValue(name, type, definition.DefaultValue is not null);
            variables[name] = (value, definition.DefaultValue is not null and not GraphQLNullValue);
            declared.Add(value);
        }

        CheckDirectives(operation.Directives, file);
        var result = BuildRecord(operationName + "Result", root, [(operation.SelectionSet, file)], isRoot: true);
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            if (!usedVariables.Contains(definition.Variable.Name.StringValue))
            {
                Report(Diagnostics.UnusedVariable, file, definition.Variable, definition.Variable.Name.StringValue, operationName);
            }
        }

        var document = DocumentPrinter.Print(operation, usedFragments.Select(f => fragments[f].Definition), typenameInjections);
        return new OperationModel(operationName, isMutation, document, declared, result, file.Path);
    }

    private RecordModel BuildRecord(string name, TypeDef parent, List<(GraphQLSelectionSet Set, ParsedFile File)> sets, bool isRoot = false)
    {
        var entries = new List<Entry>();
        var narrows = false;
        foreach (var (set, file) in sets)
        {
            narrows |= Collect(parent, set, file, optional: false, entries, []);
        }

        if (narrows && !isRoot && entries.All(e => e.ResponseName != "__typename"))
        {
            // Which fragment matched is only known from __typename: the document asks for it on the caller's behalf.
            typenameInjections.Add(sets[0].Set);
            entries.Insert(0, new Entry("__typename", Typename, schema.Find("String")!, optional: false) { Call = "__typename" });
        }

        var record = new RecordModel(name);
        foreach (var entry in entries)
        {
            RecordModel? nested = null;
            if (entry.Type.IsComposite)
            {
                var nestedName = Names.Pascal(entry.ResponseName) + "Data";
                nested = BuildRecord(nestedName == name ? nestedName + "Item" : nestedName, entry.Type, entry.Selections);
            }

            record.Properties.Add(new PropertyModel(entry.ResponseName, entry.Field.Type, entry.Optional, nested, entry.Field.Description));
        }

        return record;
    }

    /// <summary>Adds the fields a selection set selects on <paramref name="parent"/>; true when a fragment narrows the type.</summary>
    private bool Collect(TypeDef parent, GraphQLSelectionSet set, ParsedFile file, bool optional, List<Entry> entries, HashSet<string> fragmentPath)
    {
        var narrows = false;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    CollectField(parent, field, file, optional || CheckDirectives(field.Directives, file), entries);
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition is { } typeCondition ? ResolveCondition(parent, typeCondition.Type, file) : parent;
                    if (condition is not null)
                    {
                        var always = schema.AlwaysApplies(parent, condition);
                        narrows |= !always;
                        narrows |= Collect(condition, inline.SelectionSet, file, optional || !always || CheckDirectives(inline.Directives, file), entries, fragmentPath);
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    narrows |= CollectSpread(parent, spread, file, optional || CheckDirectives(spread.Directives, file), entries, fragmentPath);
                    break;
            }
        }

        return narrows;
    }

    private bool CollectSpread(TypeDef parent, GraphQLFragmentSpread spread, ParsedFile file, bool optional, List<Entry> entries, HashSet<string> fragmentPath)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!fragments.TryGetValue(name, out var fragment))
        {
            Report(Diagnostics.UnknownFragment, file, spread.FragmentName, name);
            return false;
        }

        if (!fragmentPath.Add(name))
        {
            Report(Diagnostics.BadTypeCondition, file, spread, $"Fragment '{name}' spreads itself");
            return false;
        }

        if (!usedFragments.Contains(name))
        {
            usedFragments.Add(name);
        }

        var narrows = false;
        CheckDirectives(fragment.Definition.Directives, fragment.File);
        if (ResolveCondition(parent, fragment.Definition.TypeCondition.Type, fragment.File) is { } condition)
        {
            var always = schema.AlwaysApplies(parent, condition);
            narrows = !always | Collect(condition, fragment.Definition.SelectionSet, fragment.File, optional || !always, entries, fragmentPath);
        }

        fragmentPath.Remove(name);
        return narrows;
    }

    private TypeDef? ResolveCondition(TypeDef parent, GraphQLNamedType type, ParsedFile file)
    {
        var name = type.Name.StringValue;
        switch (schema.Find(name))
        {
            case null:
                Report(Diagnostics.BadTypeCondition, file, type, $"Unknown type '{name}'");
                return null;
            case { IsComposite: false }:
                Report(Diagnostics.BadTypeCondition, file, type, $"A fragment must be on an object, interface or union type; '{name}' is not one");
                return null;
            case var condition when !schema.CanOverlap(parent, condition):
                Report(Diagnostics.BadTypeCondition, file, type, $"A fragment on '{name}' can never match a '{parent.Name}'");
                return null;
            case var condition:
                return condition;
        }
    }

    private void CollectField(TypeDef parent, GraphQLField field, ParsedFile file, bool optional, List<Entry> entries)
    {
        var name = field.Name.StringValue;
        var responseName = field.Alias?.Name.StringValue ?? name;
        var definition = name == "__typename" ? Typename : parent.Fields.TryGetValue(name, out var found) ? found : null;
        if (definition is null)
        {
            Report(Diagnostics.UnknownField, file, field.Name, parent.Name, name);
            return;
        }

        CheckArguments(field, definition, $"Field '{parent.Name}.{name}'", file);
        var type = schema.Find(definition.Type.NamedType)!;
        if (type.IsComposite && field.SelectionSet is null)
        {
            Report(Diagnostics.SelectionMismatch, file, field, $"Field '{parent.Name}.{name}' is a '{definition.Type}': select its fields in braces");
            return;
        }

        if (!type.IsComposite && field.SelectionSet is not null)
        {
            Report(Diagnostics.SelectionMismatch, file, field.SelectionSet, $"Field '{parent.Name}.{name}' is a '{definition.Type}', which has no fields to select");
            return;
        }

        var arguments = string.Join(", ", (field.Arguments?.Items ?? []).Select(a => a.Name.StringValue + ": " + DocumentPrinter.PrintValue(a.Value)).OrderBy(a => a, StringComparer.Ordinal));
        var call = arguments.Length == 0 ? name : $"{name}({arguments})";
        if (entries.FirstOrDefault(e => e.ResponseName == responseName) is { } existing)
        {
            // The hub merges both into one response key, so they must ask for the same thing.
            if (existing.Call != call)
            {
                Report(Diagnostics.FieldConflict, file, field, responseName, existing.Call, call);
                return;
            }

            existing.Optional &= optional;
        }
        else
        {
            existing = new Entry(responseName, definition, type, optional) { Call = call };
            entries.Add(existing);
        }

        if (field.SelectionSet is not null)
        {
            existing.Selections.Add((field.SelectionSet, file));
        }
    }

    private void CheckArguments(GraphQLField field, FieldDef definition, string owner, ParsedFile file)
    {
        var given = field.Arguments?.Items ?? [];
        foreach (var argument in given)
        {
            var name = argument.Name.StringValue;
            if (!definition.Arguments.TryGetValue(name, out var parameter))
            {
                Report(Diagnostics.UnknownArgument, file, argument.Name, owner, name);
                continue;
            }

            CheckValue(argument.Value, parameter.Type, $"Argument '{name}' of {owner.Substring(0, 1).ToLowerInvariant()}{owner.Substring(1)}", parameter.HasDefault, file);
        }

        foreach (var parameter in definition.Arguments.Values.Where(p => p.IsRequired && given.All(a => a.Name.StringValue != p.Name)))
        {
            Report(Diagnostics.MissingArgument, file, field.Name, owner, parameter.Name, parameter.Type);
        }
    }

    /// <summary>Checks directives; true when <c>@include</c> or <c>@skip</c> may leave the selection out of the response.</summary>
    private bool CheckDirectives(GraphQLDirectives? directives, ParsedFile file)
    {
        var conditional = false;
        foreach (var directive in directives?.Items ?? [])
        {
            var name = directive.Name.StringValue;
            if (!schema.Directives.Contains(name))
            {
                Report(Diagnostics.UnknownDirective, file, directive, name);
                continue;
            }

            if (name is not ("include" or "skip"))
            {
                continue;
            }

            conditional = true;
            var ifArgument = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "if");
            if (ifArgument is null)
            {
                Report(Diagnostics.MissingArgument, file, directive, $"Directive '@{name}'", "if", "Boolean!");
            }
            else
            {
                CheckValue(ifArgument.Value, TypeRef.NonNull(TypeRef.Named("Boolean")), $"Argument 'if' of directive '@{name}'", locationHasDefault: false, file);
            }
        }

        return conditional;
    }

    private void CheckValue(GraphQLValue value, TypeRef expected, string what, bool locationHasDefault, ParsedFile file)
    {
        if (value is GraphQLVariable variable)
        {
            var name = variable.Name.StringValue;
            usedVariables.Add(name);
            if (!variables.TryGetValue(name, out var declared))
            {
                Report(Diagnostics.UndefinedVariable, file, variable, name, operationName);
            }
            else if (!untyped.Contains(name) && !VariableFits(declared.Value.Type, declared.HasNonNullDefault || locationHasDefault, expected))
            {
                Report(Diagnostics.WrongType, file, variable, what, expected, $"${name} of type {declared.Value.Type}");
            }

            return;
        }

        if (value is GraphQLNullValue)
        {
            if (expected.IsNonNull)
            {
                Report(Diagnostics.WrongType, file, value, what, expected, "null");
            }

            return;
        }

        var type = expected.Nullable;
        if (type.IsList)
        {
            if (value is GraphQLListValue list)
            {
                foreach (var item in list.Values ?? [])
                {
                    CheckValue(item, type.OfType!, what, locationHasDefault: false, file);
                }
            }
            else
            {
                // A single value where a list is expected is a list of one (input coercion).
                CheckValue(value, type.OfType!, what, locationHasDefault: false, file);
            }

            return;
        }

        var definition = schema.Find(type.Name!);
        var fits = definition?.Kind switch
        {
            TypeKind.Enum => value is GraphQLEnumValue enumValue && definition.EnumValues.Any(v => v.Name == enumValue.Name.StringValue),
            TypeKind.InputObject => value is GraphQLObjectValue objectValue && CheckObject(objectValue, definition, file),
            TypeKind.Scalar => ScalarFits(value, type.Name!),
            _ => true,
        };

        if (!fits)
        {
            Report(Diagnostics.WrongType, file, value, what, expected, DocumentPrinter.PrintValue(value));
        }
    }

    /// <summary>Checks an input object literal's fields; false only when the value is of the wrong kind altogether.</summary>
    private bool CheckObject(GraphQLObjectValue value, TypeDef type, ParsedFile file)
    {
        var given = value.Fields ?? [];
        foreach (var field in given)
        {
            var name = field.Name.StringValue;
            if (type.InputFields.FirstOrDefault(f => f.Name == name) is not { } definition)
            {
                Report(Diagnostics.UnknownArgument, file, field.Name, $"Input type '{type.Name}'", name);
                continue;
            }

            CheckValue(field.Value, definition.Type, $"Field '{type.Name}.{name}'", definition.HasDefault, file);
        }

        foreach (var definition in type.InputFields.Where(f => f.IsRequired && given.All(g => g.Name.StringValue != f.Name)))
        {
            Report(Diagnostics.MissingArgument, file, value, $"Input type '{type.Name}'", definition.Name, definition.Type);
        }

        return true;
    }

    private static bool ScalarFits(GraphQLValue value, string scalar) => scalar switch
    {
        "Int" => value is GraphQLIntValue,
        "Float" => value is GraphQLIntValue or GraphQLFloatValue,
        "String" => value is GraphQLStringValue,
        "Boolean" => value is GraphQLBooleanValue,
        "ID" => value is GraphQLStringValue or GraphQLIntValue,
        _ => true,
    };

    /// <summary>The spec's "All Variable Usages Are Allowed": a nullable variable fits a non-null place only with a default.</summary>
    private static bool VariableFits(TypeRef variable, bool hasDefault, TypeRef location)
    {
        if (location.IsNonNull && !variable.IsNonNull)
        {
            return hasDefault && Compatible(variable, location.OfType!);
        }

        return Compatible(variable, location);
    }

    private static bool Compatible(TypeRef variable, TypeRef location)
    {
        if (location.IsNonNull)
        {
            return variable.IsNonNull && Compatible(variable.OfType!, location.OfType!);
        }

        if (variable.IsNonNull)
        {
            return Compatible(variable.OfType!, location);
        }

        if (location.IsList || variable.IsList)
        {
            return location.IsList && variable.IsList && Compatible(variable.OfType!, location.OfType!);
        }

        return variable.Name == location.Name;
    }

    private void Report(DiagnosticDescriptor descriptor, ParsedFile file, ASTNode? node, params object[] arguments) =>
        report(Diagnostic.Create(descriptor, file.LocationOf(node), arguments));

    private sealed class Entry(string responseName, FieldDef field, TypeDef type, bool optional)
    {
        public string ResponseName { get; } = responseName;

        public FieldDef Field { get; } = field;

        public TypeDef Type { get; } = type;

        /// <summary>Missing from some responses: only selected by a narrowing fragment or under @include/@skip.</summary>
        public bool Optional { get; set; } = optional;

        public List<(GraphQLSelectionSet Set, ParsedFile File)> Selections { get; } = [];

        /// <summary>The field and its arguments, as the merge rule compares them.</summary>
        public string Call { get; init; } = "";
    }
}
