using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Rehab.Graph.Api.Limits;
using Rehab.Graph.Domain.Access;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Idempotency;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on GraphQL mutations, after the IETF draft "The Idempotency-Key HTTP Header Field":
/// a retry under the same key gets the first answer again and writes nothing. Keys are per caller (the token's role,
/// practitioner, organisation and subject) and kept for <see cref="IdempotencyOptions.RetentionHours"/>.
/// </summary>
/// <remarks>
/// The key is claimed by the request's write itself, in the same Neo4j transaction (<see cref="WriteClaim"/>), so it
/// exists exactly when that write committed, even when the hub never heard so (Neo4j answered after the hub gave up, or
/// the answer was cut off). The request's answer is kept with it afterwards. A request that committed nothing leaves the
/// key free: its retry, corrected or not, runs as a first request. Before running a keyed mutation, the key is looked up:
/// <list type="bullet">
/// <item>claimed for a different request (fingerprint of query, operationName, variables): 422 <c>IDEMPOTENCY_KEY_REUSED</c>;</item>
/// <item>answered: that answer, as it was, with <c>Idempotent-Replayed: true</c>;</item>
/// <item>claimed, not yet answered, less than <see cref="IdempotencyOptions.InFlightSeconds"/> after the first request
/// started: 409 <c>IDEMPOTENCY_KEY_IN_USE</c> with <c>Retry-After</c>;</item>
/// <item>claimed and never answered after that: 409 <c>ALREADY_COMMITTED</c> (the write was carried out, its answer lost).</item>
/// </list>
/// A request whose write fails on a claim made meanwhile by another attempt is answered the same way, looked up after it ran.
/// </remarks>
internal sealed class IdempotencyFilter(
    IdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    IOptions<LimitOptions> limits,
    IGraphQLTextSerializer serializer,
    TimeProvider clock,
    ILogger<IdempotencyFilter> logger) : IEndpointFilter
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method)
            || !http.Request.Headers.TryGetValue(IdempotencyKeyHeader.Name, out var header)
            || await MutationFingerprint.OfAsync(http.Request, limits.Value.MaxRequestBytes) is not { } fingerprint)
        {
            return await next(context);
        }

        var (key, problem) = IdempotencyKeyHeader.Parse(header);
        if (key is null)
        {
            return await SendAsync(http, new Reply(Refusal(http, StatusCodes.Status400BadRequest, "IDEMPOTENCY_KEY_INVALID", problem!)));
        }

        // A token that fails validation is refused by the endpoint; an anonymous caller may write nothing, so has no key to keep.
        var authentication = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        var caller = TokenIssuer.CallerOf(authentication.Succeeded ? authentication.Principal : null);
        if (caller.Role == CallerRole.Anonymous)
        {
            return await next(context);
        }

        var id = KeyId(caller, key);
        var now = clock.GetUtcNow();
        IdempotencyRecord? found;
        try
        {
            found = await store.FindAsync(id, now, http.RequestAborted);
        }
        catch (Neo4jUnavailableException)
        {
            return await SendAsync(http, new Reply(Refusal(http, StatusCodes.Status503ServiceUnavailable, "UNAVAILABLE",
                "The graph database is unavailable, so the Idempotency-Key could not be checked; nothing was written. Try again shortly with the same key.")));
        }

        if (found is not null)
        {
            return await SendAsync(http, AnswerFor(http, found, fingerprint, now));
        }

        var attempt = Guid.NewGuid().ToString("N");
        var claim = WriteClaim.Begin(IdempotencyStore.Claim(id, fingerprint, attempt, now, now + options.Value.Retention));
        StoredAnswer answer;
        try
        {
            answer = await RunAsync(context, next);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller has gone, perhaps once the write had committed: then its retry is told so straight away,
            // instead of being asked to wait until InFlightSeconds have passed.
            if (claim.IsCommitted || (await FindAfterAsync(id))?.Attempt == attempt)
            {
                await KeepAsync(id, attempt, Lost(http, now));
            }

            throw;
        }

        if (claim.IsCommitted)
        {
            await KeepAsync(id, attempt, answer);
            return await SendAsync(http, new Reply(answer));
        }

        // Nothing committed as far as the hub was told. But a commit whose answer was lost, or another attempt's
        // claim that this one's write ran into, shows in the graph; without either, the key stays free.
        var after = await FindAfterAsync(id);
        if (after is null)
        {
            return await SendAsync(http, new Reply(answer));
        }

        if (after.Attempt != attempt)
        {
            return await SendAsync(http, AnswerFor(http, after, fingerprint, clock.GetUtcNow()));
        }

        var lost = Lost(http, after.CreatedAt);
        await KeepAsync(id, attempt, lost);
        return await SendAsync(http, new Reply(lost));
    }

    /// <summary>The id a key is kept under: the caller's identity and the key, hashed, so that no caller can reach another's.</summary>
    private static string KeyId(Caller caller, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes<string?[]>(
            [EnumCodes.ToCode(caller.Role), caller.PractitionerId, caller.OrganisationId, caller.Subject, key])));

    /// <summary>Runs the endpoint with its answer held back, so that it can be kept before it is sent, or replaced.</summary>
    private static async Task<StoredAnswer> RunAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var response = context.HttpContext.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            // The endpoint writes its whole answer itself and returns nothing else to send.
            await next(context);
            return new StoredAnswer(response.StatusCode, response.ContentType ?? Json, Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        finally
        {
            response.Body = body;
        }
    }

    /// <summary>What a request is told when its key is already claimed; nothing is run or written for it.</summary>
    private Reply AnswerFor(HttpContext http, IdempotencyRecord record, string fingerprint, DateTimeOffset now)
    {
        if (record.RequestHash != fingerprint)
        {
            return new Reply(Refusal(http, StatusCodes.Status422UnprocessableEntity, "IDEMPOTENCY_KEY_REUSED",
                $"This Idempotency-Key was used for a different request (query, operationName or variables) in the last {options.Value.RetentionHours} hours; nothing was written. Use a new key for a new request."));
        }

        if (record.Answer is { } answer)
        {
            return new Reply(answer, Replayed: true);
        }

        return now < record.CreatedAt + options.Value.InFlight
            ? new Reply(
                Refusal(http, StatusCodes.Status409Conflict, "IDEMPOTENCY_KEY_IN_USE",
                    "A request with this Idempotency-Key is still being answered; nothing was written. Try again in a moment with the same key to get its answer."),
                RetryAfterSeconds: 1)
            : new Reply(Lost(http, record.CreatedAt));
    }

    private StoredAnswer Lost(HttpContext http, DateTimeOffset requestedAt) =>
        Refusal(http, StatusCodes.Status409Conflict, "ALREADY_COMMITTED",
            $"The request sent with this Idempotency-Key at {requestedAt.ToString("u", CultureInfo.InvariantCulture)} was carried out (its write committed), but its answer was lost on the way back. Nothing more is written under this key: read back what it changed with a query instead of sending it again.");

    /// <summary>An answer of the hub's own, in the error shape of the GraphQL endpoint's refusals.</summary>
    private StoredAnswer Refusal(HttpContext http, int status, string code, string message)
    {
        var accept = http.Request.Headers.Accept.ToString();
        var contentType = accept.Contains(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse : Json;
        var body = serializer.Serialize(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });
        return new StoredAnswer(status, $"{contentType}; charset=utf-8", body);
    }

    private async Task<IdempotencyRecord?> FindAfterAsync(string id)
    {
        try
        {
            // Even when the caller has gone: what it left in the graph decides what its retry is told.
            return await store.FindAsync(id, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            logger.LogWarning("Idempotency key {Id} could not be looked up after its request ran ({Error}); the request's own answer is sent.", id, e.Message);
            return null;
        }
    }

    private async Task KeepAsync(string id, string attempt, StoredAnswer answer)
    {
        try
        {
            await store.StoreAnswerAsync(id, attempt, answer, CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jUnavailableException or Neo4jException)
        {
            logger.LogWarning("The answer under idempotency key {Id} was not kept ({Error}); a retry will be told its write was carried out.", id, e.Message);
        }
    }

    /// <summary>Sends the endpoint's own answer, or one in its place.</summary>
    private static async Task<object?> SendAsync(HttpContext http, Reply reply)
    {
        var (answer, replayed, retryAfterSeconds) = reply;
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        http.Response.Headers.Vary = HeaderNames.Accept;
        if (replayed)
        {
            http.Response.Headers[ReplayedHeader] = "true";
        }

        if (retryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await http.Response.WriteAsync(answer.Body, Encoding.UTF8, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>An answer to send, and whether it is a kept one sent again or a refusal to retry later.</summary>
    private sealed record Reply(StoredAnswer Answer, bool Replayed = false, int? RetryAfterSeconds = null);
}
