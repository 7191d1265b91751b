using Microsoft.CodeAnalysis;

namespace Rehab.Graph.Client.Generator;

/// <summary>
/// Every mistake in an operation file is a build error at its file and line: an operation the hub would refuse must never
/// reach a partner's app as a method that fails at run time.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "Rehab.Graph.Client";

    public static readonly DiagnosticDescriptor SyntaxError = Error("RGQL001", "GraphQL syntax error", "GraphQL syntax error: {0}");

    public static readonly DiagnosticDescriptor UnknownField = Error("RGQL002", "Unknown field", "Type '{0}' has no field '{1}'");

    public static readonly DiagnosticDescriptor UnknownArgument = Error("RGQL003", "Unknown argument", "{0} has no argument '{1}'");

    public static readonly DiagnosticDescriptor WrongType = Error("RGQL004", "Wrong type", "{0}: expected {1}, got {2}");

    public static readonly DiagnosticDescriptor MissingArgument = Error("RGQL005", "Missing required argument", "{0} requires argument '{1}' of type {2}");

    public static readonly DiagnosticDescriptor UnknownType = Error("RGQL006", "Unknown or non-input type", "Variable '${0}' has type '{1}', which is not an input type of the schema");

    public static readonly DiagnosticDescriptor AnonymousOperation = Error("RGQL007", "Operation without a name", "Every operation needs a name: it names the generated method");

    public static readonly DiagnosticDescriptor DuplicateOperation = Error("RGQL008", "Two operations with one name", "Operation '{0}' is also defined in {1}");

    public static readonly DiagnosticDescriptor UnknownFragment = Error("RGQL009", "Unknown fragment", "Unknown fragment '{0}'");

    public static readonly DiagnosticDescriptor NoSchema = Error("RGQL010", "No schema", "No GraphQL schema among the AdditionalFiles: add the schema (a .graphql file with type definitions)");

    public static readonly DiagnosticDescriptor UndefinedVariable = Error("RGQL011", "Undefined variable", "Variable '${0}' is not defined by operation '{1}'");

    public static readonly DiagnosticDescriptor SelectionMismatch = Error("RGQL012", "Wrong selection", "{0}");

    public static readonly DiagnosticDescriptor BadTypeCondition = Error("RGQL013", "Wrong type condition", "{0}");

    public static readonly DiagnosticDescriptor FileLayout = Error("RGQL014", "One operation per file, named as the file", "{0}");

    public static readonly DiagnosticDescriptor Unsupported = Error("RGQL015", "Unsupported operation", "{0}");

    public static readonly DiagnosticDescriptor DuplicateFragment = Error("RGQL016", "Two fragments with one name", "Fragment '{0}' is also defined in {1}");

    public static readonly DiagnosticDescriptor FieldConflict = Error("RGQL017", "Conflicting fields", "Response name '{0}' selects both '{1}' and '{2}'; give one an alias");

    public static readonly DiagnosticDescriptor UnusedVariable = Error("RGQL018", "Unused variable", "Variable '${0}' is not used by operation '{1}'");

    public static readonly DiagnosticDescriptor UnknownDirective = Error("RGQL019", "Unknown directive", "Unknown directive '@{0}'");

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
