using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Api.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's spec): POST with a JSON body, GET for queries,
/// <c>application/graphql-response+json</c> or <c>application/json</c> by the Accept header.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    public static IEndpointConventionBuilder MapGraphQLOverHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<RehabSchema> executer, IGraphQLTextSerializer serializer, IHostEnvironment environment)
    {
        var responseType = Negotiate(http.Request.Headers.Accept);
        if (responseType is null)
        {
            await RejectAsync(http, serializer, StatusCodes.Status406NotAcceptable, Json, $"Accept {GraphQLResponse} or {Json}.", "NOT_ACCEPTABLE");
            return;
        }

        // A token that fails validation is refused whatever it was sent for, so a mistake never passes as anonymous.
        var authentication = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (authentication.Failure is not null)
        {
            await RejectAsync(http, serializer, StatusCodes.Status401Unauthorized, responseType, "The bearer token is not valid (signature, expiry, issuer or audience).", "UNAUTHENTICATED");
            return;
        }

        if (authentication.Succeeded)
        {
            http.User = authentication.Principal;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem) = isGet ? ReadQueryString(http.Request.Query, serializer) : await ReadBodyAsync(http.Request, serializer);
        if (request is null)
        {
            var status = problem == UnsupportedMediaType ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest;
            await RejectAsync(http, serializer, status, responseType, problem!, status == StatusCodes.Status415UnsupportedMediaType ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST");
            return;
        }

        if (isGet && IsMutation(request))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await RejectAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, responseType, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        var trace = CypherTrace.Begin();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

        if (environment.IsDevelopment())
        {
            result.Extensions ??= [];
            result.Extensions["cypher"] = new { roundTrips = trace.RoundTrips, statements = trace.Statements };
        }

        // With the GraphQL response type, a request that never reached execution is the client's error.
        http.Response.StatusCode = responseType == GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, responseType, result);
    }

    private const string UnsupportedMediaType = "Send the request as application/json.";

    private static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        // Highest quality wins; then a type named outright over a wildcard. Named outright, the GraphQL
        // response type is preferred; by wildcard alone, application/json, which every client reads.
        string? best = null;
        (double Quality, int Rank) bestScore = (0, 0);
        foreach (var candidate in new[] { GraphQLResponse, Json })
        {
            foreach (var range in ranges.Where(r => Covers(r, candidate)))
            {
                var exact = range.MediaType.Equals(candidate, StringComparison.OrdinalIgnoreCase);
                var score = (Quality: range.Quality ?? 1.0, Rank: exact ? (candidate == GraphQLResponse ? 3 : 2) : (candidate == Json ? 1 : 0));
                if (score.Quality > 0 && score.CompareTo(bestScore) > 0)
                {
                    (best, bestScore) = (candidate, score);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Whether an Accept range names this exact type or a wildcard for it. (MediaTypeHeaderValue.IsSubsetOf
    /// would also count application/graphql-response+json as application/json, by its +json suffix.)
    /// </summary>
    private static bool Covers(MediaTypeHeaderValue range, string mediaType)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        return range.MediaType.Equals("*/*", StringComparison.Ordinal)
            || (range.SubType.Equals("*", StringComparison.Ordinal) && range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase))
            || range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(GraphQLRequest? Request, string? Problem)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, UnsupportedMediaType);
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object with a 'query'.");
            }

            if ((Invalid(document.RootElement, "query", JsonValueKind.String, required: true)
                ?? Invalid(document.RootElement, "operationName", JsonValueKind.String)
                ?? Invalid(document.RootElement, "variables", JsonValueKind.Object)
                ?? Invalid(document.RootElement, "extensions", JsonValueKind.Object)) is { } problem)
            {
                return (null, problem);
            }

            return (serializer.Deserialize<GraphQLRequest>(body), null);
        }
        catch (JsonException e)
        {
            return (null, $"The body is not valid JSON: {e.Message}");
        }
    }

    private static (GraphQLRequest? Request, string? Problem) ReadQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        if (StringValues.IsNullOrEmpty(query["query"]))
        {
            return (null, "A GET request needs a 'query' parameter.");
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query["query"],
                OperationName = StringValues.IsNullOrEmpty(query["operationName"]) ? null : query["operationName"].ToString(),
                Variables = StringValues.IsNullOrEmpty(query["variables"]) ? null : serializer.Deserialize<Inputs>(query["variables"]),
                Extensions = StringValues.IsNullOrEmpty(query["extensions"]) ? null : serializer.Deserialize<Inputs>(query["extensions"]),
            }, null);
        }
        catch (JsonException e)
        {
            return (null, $"'variables' and 'extensions' must be JSON objects: {e.Message}");
        }
    }

    private static string? Invalid(JsonElement body, string name, JsonValueKind kind, bool required = false)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"The body needs '{name}'." : null;
        }

        return value.ValueKind == kind ? null : $"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}.";
    }

    /// <summary>Only a parseable document can be a mutation; anything else is left to the executer to report.</summary>
    private static bool IsMutation(GraphQLRequest request)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(request.Query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = request.OperationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        return operation?.Operation == OperationType.Mutation;
    }

    private static Task RejectAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string responseType, string message, string code)
    {
        http.Response.StatusCode = status;
        return WriteAsync(http, serializer, responseType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });
    }

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string responseType, ExecutionResult result)
    {
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        http.Response.Headers.Vary = HeaderNames.Accept;
        await ((IGraphQLSerializer)serializer).WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
