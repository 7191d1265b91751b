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
    private readonly CancellationToken _cancellationToken;
    private Uri? _uri;
    private bool _finished;

    internal CypherTransaction(HttpClient http, Neo4jEndpoint endpoint, CancellationToken cancellationToken)
    {
        _http = http;
        _endpoint = endpoint;
        _cancellationToken = cancellationToken;
    }

    public async Task<IReadOnlyList<CypherResult>> RunAsync(params CypherStatement[] statements)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        using var request = TransactionalHttp.Request(HttpMethod.Post, _uri ?? _endpoint.TransactionUri, _endpoint, statements);
        try
        {
            var body = await TransactionalHttp.SendAsync(_http, request, statements, _cancellationToken);
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

    public bool IsFinished => _finished;

    /// <summary>Runs the last <paramref name="statements"/> and commits in the same round trip.</summary>
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
        using var request = TransactionalHttp.Request(HttpMethod.Post, uri, _endpoint, sent);
        var results = TransactionalHttp.Results(await TransactionalHttp.SendAsync(_http, request, sent, _cancellationToken));
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
        try
        {
            // Rollback must run even when the caller's request was cancelled.
            using var response = await _http.SendAsync(request, CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Unreachable or slow server: it drops the open transaction when it times out, and the
            // caller's own error is the one worth seeing.
        }
    }
}
