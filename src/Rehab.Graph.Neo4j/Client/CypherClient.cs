using Microsoft.Extensions.Logging;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// Runs Cypher over Neo4j's HTTP transactional API: several statements per request, one pooled
/// <see cref="HttpClient"/>, retries only where a retry is safe and may help. Waits at most
/// <paramref name="requestTimeout"/> (default: as long as <paramref name="http"/> does) for each answer.
/// </summary>
public sealed class CypherClient(HttpClient http, Neo4jConnection connection, ILogger<CypherClient> logger, TimeSpan? requestTimeout = null)
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private readonly TimeSpan _timeout = requestTimeout ?? Timeout.InfiniteTimeSpan;
    private readonly AbandonedTransactions _abandoned = new(http, logger);

    /// <summary>Runs the statements in one auto-committed transaction and returns one result per statement.</summary>
    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var endpoint = await connection.EndpointAsync(cancellationToken);
            return TransactionalHttp.Results(await TransactionalHttp.SendAsync(http, HttpMethod.Post, endpoint.CommitUri, endpoint, statements, _timeout, cancellationToken));
        }, cancellationToken);

    /// <summary>Which Cypher the server speaks, for the few statements written per dialect.</summary>
    public async Task<CypherDialect> DialectAsync(CancellationToken cancellationToken = default) =>
        (await connection.EndpointAsync(cancellationToken)).Dialect;

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default) =>
        (await RunAsync([statement], cancellationToken))[0];

    public async Task<T> QueryAsync<T>(CypherQuery<T> query, CancellationToken cancellationToken = default) =>
        query.Read(await RunAsync(query.Statement, cancellationToken));

    /// <summary>
    /// Runs a multi-step unit of work in one explicit transaction: committed when <paramref name="work"/>
    /// returns (unless it committed itself, with its last statements), rolled back when it throws.
    /// A transient failure re-runs the whole unit.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<CypherTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        WithRetryAsync(async () =>
        {
            var endpoint = await connection.EndpointAsync(cancellationToken);
            await using var transaction = new CypherTransaction(http, endpoint, _timeout, _abandoned, cancellationToken);
            var result = await work(transaction);
            if (!transaction.IsFinished)
            {
                await transaction.CommitAsync();
            }

            return result;
        }, cancellationToken);

    /// <summary>Runs the attempt with its retries, and tells the connection whether Neo4j answered in the end.</summary>
    private async Task<T> WithRetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        try
        {
            var result = await RetryAsync(attempt, cancellationToken);
            connection.ReportAnswer(true);
            return result;
        }
        catch (Neo4jUnavailableException e) when (e.Cause != Neo4jOutage.Starting)
        {
            connection.ReportAnswer(e.Answered);
            throw;
        }
        catch (Neo4jException)
        {
            connection.ReportAnswer(true);
            throw;
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (retry < Backoff.Length && (e is Neo4jTransientException || TransactionalHttp.IsConnectionRefused(e)))
            {
                logger.LogWarning("Retrying Cypher after {Error} (attempt {Attempt})", e.Message, retry + 2);
                await Task.Delay(Backoff[retry], cancellationToken);
            }
            catch (Neo4jTransientException e)
            {
                // Still failing (e.g. a server shutting down): nothing is written, and the caller may try again later.
                throw new Neo4jUnavailableException($"Neo4j kept failing: {e.Message}", Neo4jOutage.KeptFailing, e);
            }
        }
    }
}
