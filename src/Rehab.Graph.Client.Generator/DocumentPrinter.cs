using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GraphQLParser.AST;

namespace Rehab.Graph.Client.Generator;

/// <summary>
/// Prints an operation and its fragments on one line each, without comments: the document a method sends. Selection sets in
/// <c>typenameInjections</c> get <c>__typename</c> first, which the records need to tell a fragment's type.
/// </summary>
internal static class DocumentPrinter
{
    public static string Print(GraphQLOperationDefinition operation, IEnumerable<GraphQLFragmentDefinition> fragments, ISet<GraphQLSelectionSet> typenameInjections)
    {
        var text = new StringBuilder();
        text.Append(operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        text.Append(' ').Append(operation.Name!.StringValue);
        if (operation.Variables is { Items.Count: > 0 } variables)
        {
            text.Append('(');
            text.Append(string.Join(", ", variables.Items.Select(v =>
                "$" + v.Variable.Name.StringValue + ": " + TypeRef.From(v.Type) + (v.DefaultValue is null ? "" : " = " + PrintValue(v.DefaultValue)))));
            text.Append(')');
        }

        AppendDirectives(text, operation.Directives);
        AppendSelectionSet(text, operation.SelectionSet, typenameInjections);
        foreach (var fragment in fragments)
        {
            text.Append('\n').Append("fragment ").Append(fragment.FragmentName.Name.StringValue)
                .Append(" on ").Append(fragment.TypeCondition.Type.Name.StringValue);
            AppendDirectives(text, fragment.Directives);
            AppendSelectionSet(text, fragment.SelectionSet, typenameInjections);
        }

        return text.ToString();
    }

    public static string PrintValue(GraphQLValue value) => value switch
    {
        GraphQLVariable variable => "$" + variable.Name.StringValue,
        GraphQLIntValue number => number.Value.ToString(),
        GraphQLFloatValue number => number.Value.ToString(),
        GraphQLStringValue text => Quote(text.Value.ToString()),
        GraphQLBooleanValue boolean => boolean.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLEnumValue enumValue => enumValue.Name.StringValue,
        GraphQLListValue list => "[" + string.Join(", ", (list.Values ?? []).Select(PrintValue)) + "]",
        GraphQLObjectValue objectValue => "{" + string.Join(", ", (objectValue.Fields ?? []).Select(f => f.Name.StringValue + ": " + PrintValue(f.Value))) + "}",
        _ => value.ToString() ?? "",
    };

    private static void AppendSelectionSet(StringBuilder text, GraphQLSelectionSet set, ISet<GraphQLSelectionSet> typenameInjections)
    {
        text.Append(" {");
        if (typenameInjections.Contains(set))
        {
            text.Append(" __typename");
        }

        foreach (var selection in set.Selections)
        {
            text.Append(' ');
            switch (selection)
            {
                case GraphQLField field:
                    if (field.Alias is { } alias)
                    {
                        text.Append(alias.Name.StringValue).Append(": ");
                    }

                    text.Append(field.Name.StringValue);
                    AppendArguments(text, field.Arguments);
                    AppendDirectives(text, field.Directives);
                    if (field.SelectionSet is { } fieldSelection)
                    {
                        AppendSelectionSet(text, fieldSelection, typenameInjections);
                    }

                    break;
                case GraphQLInlineFragment inline:
                    text.Append("...");
                    if (inline.TypeCondition is { } condition)
                    {
                        text.Append(" on ").Append(condition.Type.Name.StringValue);
                    }

                    AppendDirectives(text, inline.Directives);
                    AppendSelectionSet(text, inline.SelectionSet, typenameInjections);
                    break;
                case GraphQLFragmentSpread spread:
                    text.Append("...").Append(spread.FragmentName.Name.StringValue);
                    AppendDirectives(text, spread.Directives);
                    break;
            }
        }

        text.Append(" }");
    }

    private static void AppendArguments(StringBuilder text, GraphQLArguments? arguments)
    {
        if (arguments is { Items.Count: > 0 })
        {
            text.Append('(').Append(string.Join(", ", arguments.Items.Select(a => a.Name.StringValue + ": " + PrintValue(a.Value)))).Append(')');
        }
    }

    private static void AppendDirectives(StringBuilder text, GraphQLDirectives? directives)
    {
        foreach (var directive in directives?.Items ?? [])
        {
            text.Append(" @").Append(directive.Name.StringValue);
            AppendArguments(text, directive.Arguments);
        }
    }

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
