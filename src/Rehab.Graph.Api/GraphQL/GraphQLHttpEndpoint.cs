using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Rehab.Graph.Api.Auth;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Api.Telemetry;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Domain;

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

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter<RehabSchema> executer, IGraphQLTextSerializer serializer, IHostEnvironment environment, IOptions<LimitOptions> limits)
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
            var message = authentication.Failure is MalformedTokenException malformed ? malformed.Message : "The bearer token is not valid (signature, expiry, issuer or audience).";
            await RejectAsync(http, serializer, StatusCodes.Status401Unauthorized, responseType, message, "UNAUTHENTICATED");
            return;
        }

        if (authentication.Succeeded)
        {
            http.User = authentication.Principal;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var maxBytes = limits.Value.MaxRequestBytes;
        var (request, rejection) = isGet ? ReadQueryString(http.Request, serializer, maxBytes) : await ReadBodyAsync(http.Request, serializer, maxBytes);
        if (request is null)
        {
            await RejectAsync(http, serializer, rejection!.Status, responseType, rejection.Message, rejection.Code);
            return;
        }

        if (isGet && OperationKind.IsMutation(request.Query, request.OperationName))
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await RejectAsync(http, serializer, StatusCodes.Status405MethodNotAllowed, responseType, "Mutations must be sent with POST.", "METHOD_NOT_ALLOWED");
            return;
        }

        var trace = CypherTrace.Begin();
        var startedAt = Stopwatch.GetTimestamp();
        ExecutionResult result;
        using (var activity = GraphQLTelemetry.Start())
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request.Query,
                Variables = request.Variables,
                OperationName = request.OperationName,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = http.RequestAborted,
            });
            GraphQLTelemetry.Stop(activity, startedAt, result, trace.RoundTrips);
        }

        if (environment.IsDevelopment())
        {
            result.Extensions ??= [];
            result.Extensions["cypher"] = new { roundTrips = trace.RoundTrips, statements = trace.Statements };
        }

        // Over its allowance, a client is told so in HTTP terms too, so that it and any proxy back off.
        var limited = result.Errors?.Select(e => e.InnerException).OfType<RateLimitedException>().FirstOrDefault();
        if (limited is not null)
        {
            http.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        // With the GraphQL response type, a request that never reached execution is the client's error.
        http.Response.StatusCode = limited is not null ? StatusCodes.Status429TooManyRequests
            : responseType == GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, responseType, result);
    }

    /// <summary>Why a request was refused before execution: its HTTP status, <c>extensions.code</c> and message.</summary>
    private sealed record Rejection(int Status, string Code, string Message);

    private static Rejection BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message);

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

    private static async Task<(GraphQLRequest? Request, Rejection? Rejection)> ReadBodyAsync(HttpRequest request, IGraphQLTextSerializer serializer, int maxBytes)
    {
        var tooLarge = new Rejection(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", $"The body is larger than the {maxBytes} bytes allowed.");
        if (request.ContentLength > maxBytes)
        {
            return (null, tooLarge);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new Rejection(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "Send the request as application/json."));
        }

        if (await ReadBoundedAsync(request, maxBytes) is not { } body)
        {
            return (null, tooLarge);
        }

        var (document, notJson) = ParseJson(body, "The body");
        if (document is null)
        {
            return (null, BadRequest(notJson!));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, BadRequest("The body must be a JSON object with a 'query'."));
            }

            if ((DuplicateKey(root, path: null)
                ?? Invalid(root, "query", JsonValueKind.String, required: true)
                ?? Invalid(root, "operationName", JsonValueKind.String)
                ?? Invalid(root, "variables", JsonValueKind.Object)
                ?? Invalid(root, "extensions", JsonValueKind.Object)) is { } problem)
            {
                return (null, BadRequest(problem));
            }

            return (new GraphQLRequest
            {
                Query = root.GetProperty("query").GetString(),
                OperationName = Member(root, "operationName")?.GetString(),
                Variables = serializer.ReadNode<Inputs>(Member(root, "variables")),
                Extensions = serializer.ReadNode<Inputs>(Member(root, "extensions")),
            }, null);
        }
    }

    /// <summary>The body as text (a byte order mark dropped), or null when it is larger than allowed.</summary>
    private static async Task<string?> ReadBoundedAsync(HttpRequest request, int maxBytes)
    {
        if (await BoundedBody.ReadAsync(request, maxBytes) is not { } bytes)
        {
            return null;
        }

        using var reader = new StreamReader(new MemoryStream(bytes));
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private static (GraphQLRequest? Request, Rejection? Rejection) ReadQueryString(HttpRequest request, IGraphQLTextSerializer serializer, int maxBytes)
    {
        // Kestrel's own request-line limit (8 KiB by default) usually refuses first, with a bare 414; this
        // holds GET to the same bound as a body where the server lets longer URLs through.
        if (request.QueryString.Value?.Length > maxBytes)
        {
            return (null, new Rejection(StatusCodes.Status414UriTooLong, "URI_TOO_LONG", $"The query string is longer than the {maxBytes} bytes allowed."));
        }

        var query = request.Query;
        if (StringValues.IsNullOrEmpty(query["query"]))
        {
            return (null, BadRequest("A GET request needs a 'query' parameter."));
        }

        // Given twice, a parameter's values would be joined with a comma into something neither of them said.
        if (new[] { "query", "operationName", "variables", "extensions" }.FirstOrDefault(name => query[name].Count > 1) is { } repeated)
        {
            return (null, BadRequest($"The parameter '{repeated}' is given more than once."));
        }

        var (variables, badVariables) = ReadParameter(query["variables"], "variables", serializer);
        var (extensions, badExtensions) = ReadParameter(query["extensions"], "extensions", serializer);
        if ((badVariables ?? badExtensions) is { } problem)
        {
            return (null, BadRequest(problem));
        }

        return (new GraphQLRequest
        {
            Query = query["query"],
            OperationName = StringValues.IsNullOrEmpty(query["operationName"]) ? null : query["operationName"].ToString(),
            Variables = variables,
            Extensions = extensions,
        }, null);
    }

    /// <summary>A query-string parameter that must hold a JSON object, or why it does not; absent or empty is none.</summary>
    private static (Inputs? Inputs, string? Problem) ReadParameter(StringValues value, string name, IGraphQLTextSerializer serializer)
    {
        if (StringValues.IsNullOrEmpty(value))
        {
            return (null, null);
        }

        var (document, notJson) = ParseJson(value.ToString(), $"'{name}'");
        if (document is null)
        {
            return (null, notJson);
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object ? (null, $"'{name}' must be a JSON object, not a JSON {Kind(root.ValueKind)}.")
                : DuplicateKey(root, name) is { } problem ? (null, problem)
                : (serializer.ReadNode<Inputs>(root), null);
        }
    }

    /// <summary>
    /// The parsed JSON, or a syntax error in the caller's terms: what is wrong and where, counted from 1. (The reader's
    /// own message counts lines from 0; a serializer's would name .NET types, so none is ever shown.)
    /// </summary>
    private static (JsonDocument? Document, string? Problem) ParseJson(string json, string what)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (!IsText(document.RootElement))
            {
                document.Dispose();
                return (null, $"{what} holds an escaped lone UTF-16 surrogate (such as \\ud800), which is not text: send valid Unicode.");
            }

            return (document, null);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var position = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = position < 0 ? reason : reason[..position];
            return (null, e.LineNumber is { } line && e.BytePositionInLine is { } column
                ? $"{what} is not valid JSON (line {line + 1}, byte {column + 1}): {reason}"
                : $"{what} is not valid JSON: {reason}");
        }
    }

    /// <summary>
    /// Whether every string and key reads as text: JSON lets an escape name half a UTF-16 surrogate pair (<c>\ud800</c>),
    /// which no .NET string can hold, so reading it later would throw as if the hub had failed.
    /// </summary>
    private static bool IsText(JsonElement element)
    {
        try
        {
            return AllText(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static bool AllText(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => element.GetString() is not null,
            JsonValueKind.Array => element.EnumerateArray().All(AllText),
            JsonValueKind.Object => element.EnumerateObject().All(p => p.Name is not null && AllText(p.Value)),
            _ => true,
        };
    }

    private static JsonElement? Member(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>
    /// The first key given twice in one object anywhere in <paramref name="element"/>, said in the caller's terms: JSON
    /// leaves duplicates to the reader, so one would silently win, and GraphQL's variables reader throws on them.
    /// <paramref name="path"/> names the element; null is the body.
    /// </summary>
    private static string? DuplicateKey(JsonElement element, string? path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            return element.EnumerateArray().Select(item => DuplicateKey(item, $"{path}[{index++}]")).FirstOrDefault(problem => problem is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!keys.Add(property.Name))
            {
                return $"{(path is null ? "The body" : $"'{path}'")} has the key '{CallerText.Shown(property.Name)}' more than once; each key of a JSON object must be unique.";
            }

            if (DuplicateKey(property.Value, path is null ? property.Name : $"{path}.{property.Name}") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Caller-supplied text, cut short so that an error message stays short whatever was sent.</summary>

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string? Invalid(JsonElement body, string name, JsonValueKind kind, bool required = false)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? $"The body needs '{name}'." : null;
        }

        return value.ValueKind == kind ? null : $"'{name}' must be a JSON {Kind(kind)}, not a JSON {Kind(value.ValueKind)}.";
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
