using GraphQL.Validation;
using GraphQLParser.AST;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// An operation over one of the hub's limits (<see cref="Limits.LimitOptions"/>): reported as
/// <c>GRAPHQL_VALIDATION_FAILED</c> before anything runs, with a message naming the limit and its value.
/// </summary>
public sealed class QueryLimitError : ValidationError
{
    public QueryLimitError(string message)
        : base(message)
    {
    }

    public QueryLimitError(GraphQLDocument document, string message, ASTNode node)
        : base(document.Source, null, message, node)
    {
    }
}
