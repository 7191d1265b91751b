namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// The endpoint the hub talks to and whether the graph is ready for requests. Start-up finds or
/// starts the server (<see cref="Connect"/>), migrates it, then marks it ready (<see cref="MarkReady"/>).
/// A local server the hub restarts may come back on another port: <see cref="Connect"/> again moves every
/// later request there.
/// </summary>
public sealed class Neo4jConnection
{
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(15);
    private readonly TaskCompletionSource<Neo4jEndpoint> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Task<Neo4jEndpoint> _endpoint;
    private volatile bool _answering;

    public Neo4jConnection() => _endpoint = _first.Task;

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Completes when start-up has marked the graph ready; faults when start-up failed.</summary>
    public Task WhenReady => _ready.Task;

    /// <summary>Why start-up failed, if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>Why the hub cannot bring back the Neo4j it runs, while it cannot (it keeps trying); null otherwise.</summary>
    public string? RecoveryFailure { get; private set; }

    /// <summary>
    /// Whether Neo4j answered the last round trip (a result or an error of its own) rather than being unreachable or
    /// silent; set first by discovery. With <see cref="IsReady"/>, the gauge <c>rehab.neo4j.available</c>.
    /// </summary>
    public bool IsAnswering => _answering;

    public Neo4jEndpoint? Endpoint => _endpoint.IsCompletedSuccessfully ? _endpoint.Result : null;

    /// <summary>The endpoint once start-up has found it; a request that comes earlier waits a little, then the graph is unavailable.</summary>
    public async Task<Neo4jEndpoint> EndpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _endpoint.WaitAsync(StartupWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new Neo4jUnavailableException("Neo4j is still starting; try again shortly.", Neo4jOutage.Starting);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new Neo4jUnavailableException($"Neo4j could not be started: {Failure}", Neo4jOutage.Starting, e);
        }
    }

    public void Connect(Neo4jEndpoint endpoint)
    {
        _answering = true;
        if (!_first.TrySetResult(endpoint))
        {
            _endpoint = Task.FromResult(endpoint);
        }
    }

    public void MarkReady() => _ready.TrySetResult();

    /// <summary>Records whether Neo4j answered a round trip.</summary>
    public void ReportAnswer(bool answered) => _answering = answered;

    public void Fail(Exception error)
    {
        Failure = error.Message;
        _first.TrySetException(error);
        _ready.TrySetException(error);
    }

    /// <summary>Records that bringing the hub's own Neo4j back failed (<paramref name="reason"/>), or with null that it is back.</summary>
    public void ReportRecovery(string? reason) => RecoveryFailure = reason;
}
