using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Rehab.Graph.Client;

/// <summary>
/// Which failed attempts are sent again: transient failures only (a network error, a timeout, 408, 429, 5xx), and only
/// when sending again cannot do a write twice: queries, and mutations carrying an <c>Idempotency-Key</c> (the hub carries
/// a keyed write out once and answers its retries with the first answer). A keyed retry that finds the first attempt
/// still running is told so (409 with <c>Retry-After</c>) and waits.
/// </summary>
internal static class RehabGraphRetry
{
    public static ValueTask<bool> ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = context.GetRequestMessage();
        if (request is null || !IsSafeToRepeat(request))
        {
            return ValueTask.FromResult(false);
        }

        var stillRunning = outcome.Result is { StatusCode: HttpStatusCode.Conflict, Headers.RetryAfter: not null }
            && request.Headers.Contains(RehabGraphClient.IdempotencyKeyHeader);
        return ValueTask.FromResult(stillRunning || HttpClientResiliencePredicates.IsTransient(outcome));
    }

    private static bool IsSafeToRepeat(HttpRequestMessage request) =>
        !request.Options.TryGetValue(RehabGraphClient.OperationKind, out var kind)
        || kind == RehabGraphOperationKind.Query
        || request.Headers.Contains(RehabGraphClient.IdempotencyKeyHeader);
}
