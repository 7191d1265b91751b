using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// Requests that open a transaction, which the hub stopped waiting for (Neo4j too slow, frozen, or the caller gone).
/// Neo4j may still run such a request later, take its locks, and answer to nobody; then only its idle timeout
/// would free them. Kept alive instead, each one's answer names the transaction it opened, which is rolled back at once.
/// </summary>
internal sealed class AbandonedTransactions(HttpClient http, ILogger logger)
{
    /// <summary>Past this many, requests are cancelled instead of watched: the server's idle timeout then bounds them.</summary>
    private const int MostWatched = 256;

    private static readonly TimeSpan LongestWatch = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(30);
    private int _watched;

    internal void RollBackWhenAnswered(Task<HttpResponseMessage> sending, HttpRequestMessage request, CancellationTokenSource lifetime, Neo4jEndpoint endpoint)
    {
        if (Interlocked.Increment(ref _watched) > MostWatched)
        {
            lifetime.Cancel();
        }
        else
        {
            lifetime.CancelAfter(LongestWatch);
        }

        _ = RollBackAsync(sending, request, lifetime, endpoint);
    }

    private async Task RollBackAsync(Task<HttpResponseMessage> sending, HttpRequestMessage request, CancellationTokenSource lifetime, Neo4jEndpoint endpoint)
    {
        try
        {
            using var response = await sending;
            if (response.Headers.Location is { } transaction)
            {
                using var rollback = TransactionalHttp.Request(HttpMethod.Delete, transaction, endpoint, null);
                using var timeout = new CancellationTokenSource(RollbackTimeout);
                using var answer = await http.SendAsync(rollback, timeout.Token);
                logger.LogWarning("Rolled back {Transaction}: Neo4j opened it after the hub had stopped waiting for it.", transaction);
            }
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("A transaction the hub stopped waiting for may still be open; Neo4j rolls it back after its idle timeout ({Error}).", e.Message);
        }
        finally
        {
            Interlocked.Decrement(ref _watched);
            request.Dispose();
            lifetime.Dispose();
        }
    }
}
