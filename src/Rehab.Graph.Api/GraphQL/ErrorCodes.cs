using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// Gives every error the <c>extensions.code</c> clients rely on and a message fit to show; what went
/// wrong inside stays in the log, never in the response.
/// </summary>
public sealed class RehabErrorInfoProvider(ILogger<RehabErrorInfoProvider> logger) : IErrorInfoProvider
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unavailable = "UNAVAILABLE";
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>How deep the GraphQL parser nests before it gives up (GraphQLParser's default, which the executer uses).</summary>
    public const int ParserMaxDepth = 128;

    public ErrorInfo GetInfo(ExecutionError error)
    {
        var (code, message, field) = Classify(error);
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private (string Code, string Message, string? Field) Classify(ExecutionError error) => error.InnerException switch
    {
        InvalidInputException e => (BadUserInput, e.Message, e.Field),
        NotFoundException e => (NotFound, e.Message, e.Field),
        UnauthenticatedException e => ("UNAUTHENTICATED", e.Message, null),
        ForbiddenException e => ("FORBIDDEN", e.Message, null),
        RateLimitedException e => ("RATE_LIMITED", e.Message, null),
        Neo4jUnavailableException => (Unavailable, "The graph database is unavailable; try again shortly.", null),
        ConflictException e => (Conflict, e.Message, null),
        Neo4jConflictException => (Conflict, "The change conflicts with data already stored.", null),
        GraphQLSyntaxErrorException => (ParseFailed, error.Message, null),
        // The executer wraps only syntax errors as such; this one reaches it as unhandled, but it is the client's document.
        GraphQLMaxDepthExceededException e => (ParseFailed, $"Error parsing query: it nests more than {ParserMaxDepth} levels deep (line {e.Location.Line}, column {e.Location.Column}).", null),
        _ when error is InvalidVariableError => (BadUserInput, error.Message, null),
        _ when error is ValidationError => (ValidationFailed, error.Message, null),
        _ when error is DocumentError => (ParseFailed, error.Message, null),
        null => (error.Code ?? "INTERNAL_SERVER_ERROR", error.Message, null),
        var unexpected => Internal(unexpected),
    };

    private (string, string, string?) Internal(Exception e)
    {
        logger.LogError(e, "Unhandled error while resolving a GraphQL request");
        return ("INTERNAL_SERVER_ERROR", "Something went wrong on our side; it has been logged.", null);
    }
}
