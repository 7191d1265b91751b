using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>Which kind of operation a request runs, decided before execution (GET refuses mutations; keys apply to them).</summary>
internal static class OperationKind
{
    /// <summary>
    /// Whether the operation the request runs, chosen as the executer chooses it, is a mutation. A document that does
    /// not parse (or nests deeper than the parser goes) is none: the executer reports it as GRAPHQL_PARSE_FAILED.
    /// </summary>
    public static bool IsMutation(string? query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
    }
}
