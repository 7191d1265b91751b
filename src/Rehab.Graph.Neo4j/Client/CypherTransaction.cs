using Rehab.Graph.Neo4j.Idempotency;

namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// An explicit Neo4j transaction: opened by the first request, committed by <see cref="CommitAsync"/>,
/// rolled back on dispose if not committed. Neo4j rolls it back by itself when a statement fails.
/// </summary>
public sealed class CypherTransaction : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly Neo4jEndpoint _endpoint;
    private readonly TimeSpan _timeout;
    private readonly AbandonedTransactions _abandoned;
    private readonly CancellationToken _cancellationToken;
    private Uri? _uri;
    private bool _finished;

    internal CypherTransaction(HttpClient http, Neo4jEndpoint endpoint, TimeSpan timeout, AbandonedTransactions abandoned, CancellationToken cancellationToken)
    {
        _http = http;
        _endpoint = endpoint;
        _timeout = timeout;
        _abandoned = abandoned;
        _cancellationToken = cancellationToken;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(params CypherStatement[] statements)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        try
        {
            // Until Neo4j answers the first request nobody knows the transaction's URL, so a request given up on
            // is not cancelled but watched, to roll back what it opened.
            var body = _uri is null
                ? await TransactionalHttp.SendAsync(_http, HttpMethod.Post, _endpoint.TransactionUri, _endpoint, statements, _timeout, _cancellationToken, _abandoned)
                : await TransactionalHttp.SendAsync(_http, HttpMethod.Post, _uri, _endpoint, statements, _timeout, _cancellationToken);
            _uri ??= body.Location ?? throw new Neo4jException("Rehab.Graph.UnexpectedResponse", "Neo4j opened a transaction without a Location.");
            return TransactionalHttp.Results(body);
        }
        catch (Neo4jException)
        {
            // Neo4j has already rolled the transaction back.
            _finished = true;
            throw;
        }
    }

    /// <summary>Runs one query in the transaction and reads its result.</summary>
    public async Task<T> QueryAsync<T>(CypherQuery<T> query) => query.Read((await RunAsync(query.Statement))[0]);

    public bool IsFinished => _finished;

    /// <summary>Runs the last <paramref name="statements"/> and commits in the same round trip; without an open transaction, that is the only one.</summary>
    public async Task<IReadOnlyList<CypherResult>> CommitAsync(params CypherStatement[] statements)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        if (_uri is null && statements.Length == 0)
        {
            return [];
        }

        // A pending idempotency key goes first: under a key already claimed, the transaction fails and rolls back whole
        // before the write's own statements run.
        var claim = WriteClaim.Pending;
        CypherStatement[] sent = claim is null ? statements : [claim.Statement, .. statements];
        var uri = _uri is null ? _endpoint.CommitUri : new Uri(_uri + "/commit");
        var results = TransactionalHttp.Results(await TransactionalHttp.SendAsync(_http, HttpMethod.Post, uri, _endpoint, sent, _timeout, _cancellationToken));
        if (claim is null)
        {
            return results;
        }

        claim.Committed();
        return results.Skip(1).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished || _uri is null)
        {
            return;
        }

        _finished = true;
        using var request = TransactionalHttp.Request(HttpMethod.Delete, _uri, _endpoint, null);
        // Rollback must run even when the caller's request was cancelled; Neo4j ends a transaction mid-request too.
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Unreachable or slow server: it drops the open transaction after its idle timeout, and the
            // caller's own error is the one worth seeing.
        }
    }
}
