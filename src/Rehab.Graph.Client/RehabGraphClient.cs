using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Polly;

namespace Rehab.Graph.Client;

/// <summary>
/// The typed client: one method per operation file (generated), each a POST of <c>{"query","operationName","variables"}</c>
/// to the hub. Errors in the response are thrown as <see cref="RehabGraphException"/> and its subclasses.
/// </summary>
public partial class RehabGraphClient : IRehabGraphClient
{
    internal const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>The kind of operation a request carries, for the retry policy (<see cref="RehabGraphRetry"/>).</summary>
    internal static readonly HttpRequestOptionsKey<RehabGraphOperationKind> OperationKind = new("Rehab.Graph.Client.OperationKind");

    // Reflection named outright: the records are generated, and System.Text.Json's own generator cannot see another
    // generator's output. An app that turns reflection off by default (as file-based apps do) still gets a working client.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly HttpClient http;
    private readonly IRehabGraphAccessTokenProvider? tokens;
    private readonly Uri hub;
    private readonly Uri endpoint;
    private readonly bool sendIdempotencyKeys;

    public RehabGraphClient(HttpClient http, IOptions<RehabGraphClientOptions> options, IRehabGraphAccessTokenProvider? tokens = null)
    {
        this.http = http;
        this.tokens = tokens;
        var settings = options.Value;
        var baseAddress = settings.BaseAddress ?? http.BaseAddress
            ?? throw new InvalidOperationException("Set RehabGraphClientOptions.BaseAddress to the hub's address.");
        hub = EnsureTrailingSlash(baseAddress);
        endpoint = new Uri(hub, settings.Path);
        sendIdempotencyKeys = settings.SendIdempotencyKeys;
    }

    /// <summary>Sends an operation and reads its data as <typeparamref name="TResult"/>; throws on any GraphQL error.</summary>
    protected async Task<TResult> SendAsync<TResult>(RehabGraphOperation operation, object? variables, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new RequestBody(operation.Document, operation.Name, variables), options: Json),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Options.Set(OperationKind, operation.Kind);
        if (operation.Kind == RehabGraphOperationKind.Mutation && (RehabGraphIdempotency.CurrentKey is not null || sendIdempotencyKeys))
        {
            // One key per call (or the caller's, see RehabGraphIdempotency), kept across retries of it: the hub carries the
            // write out once however often it is sent.
            request.Headers.TryAddWithoutValidation(IdempotencyKeyHeader, "\"" + (RehabGraphIdempotency.CurrentKey ?? Guid.NewGuid().ToString("D")) + "\"");
        }

        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<TResult>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Stream> OpenReferralExportAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(hub, "exports/openreferral.json"));
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                throw ForStatus(response.StatusCode);
            }
        }

        // Disposing the stream releases the response and its connection.
        return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a request to the hub with the caller's token; the answer's headers are read, its body is not yet.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (tokens is not null && await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Unavailable($"The hub could not be reached: {e.Message}", null, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable("The hub did not answer in time.", null, e);
        }
        catch (ExecutionRejectedException e)
        {
            // The resilience pipeline gave up: an attempt or the whole call timed out, or the circuit is open.
            throw Unavailable($"The hub did not answer: {e.Message}", null, e);
        }
    }

    private static async Task<TResult> ReadAsync<TResult>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        JsonDocument? body = null;
        if (response.Content.Headers.ContentType?.MediaType is { } mediaType && mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonDocument>(Json, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                body = null;
            }
        }

        using (body)
        {
            if (body?.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                throw RehabGraphException.From(errors.EnumerateArray().Select(ReadError).ToList(), status);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw ForStatus(status);
            }

            if (body?.RootElement is not { ValueKind: JsonValueKind.Object } answer
                || !answer.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                throw new RehabGraphException("The hub's answer has no data.", null, [], status);
            }

            try
            {
                return data.Deserialize<TResult>(Json)!;
            }
            catch (JsonException e)
            {
                throw new RehabGraphException($"The hub's answer does not fit {typeof(TResult).Name}: {e.Message}", null, [], status, e);
            }
        }
    }

    private static RehabGraphError ReadError(JsonElement error)
    {
        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "Unknown error.";
        var path = error.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(segment => segment.ValueKind == JsonValueKind.String ? segment.GetString()! : segment.GetRawText()).ToList()
            : [];
        string? code = null, field = null;
        if (error.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object)
        {
            code = extensions.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            field = extensions.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        }

        return new RehabGraphError(message, code, path, field);
    }

    private static RehabGraphException ForStatus(HttpStatusCode status)
    {
        var message = $"The hub answered {(int)status} {status}.";
        return status switch
        {
            HttpStatusCode.Unauthorized => new RehabGraphUnauthenticatedException(message, [], status),
            HttpStatusCode.Forbidden => new RehabGraphForbiddenException(message, [], status),
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError => Unavailable(message, status, null),
            _ => new RehabGraphException(message, null, [], status),
        };
    }

    private static RehabGraphUnavailableException Unavailable(string message, HttpStatusCode? status, Exception? inner) =>
        new(message, [new RehabGraphError(message, "UNAVAILABLE", [], null)], status, inner);

    private static Uri EnsureTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

    private sealed record RequestBody(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("operationName")] string OperationName,
        [property: JsonPropertyName("variables"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Variables);
}
