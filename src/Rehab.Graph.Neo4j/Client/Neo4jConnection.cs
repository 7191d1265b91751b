namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// The endpoint the hub talks to and whether the graph is ready for requests. Start-up finds or
/// starts the server (<see cref="Connect"/>), migrates it, then marks it ready (<see cref="MarkReady"/>).
/// </summary>
public sealed class Neo4jConnection
{
    private readonly TaskCompletionSource<Neo4jEndpoint> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Why start-up failed, if it did.</summary>
    public string? Failure { get; private set; }

    public Neo4jEndpoint? Endpoint => _endpoint.Task.IsCompletedSuccessfully ? _endpoint.Task.Result : null;

    public Task<Neo4jEndpoint> EndpointAsync(CancellationToken cancellationToken) => _endpoint.Task.WaitAsync(cancellationToken);

    /// <summary>Waits for start-up to finish, up to <paramref name="timeout"/>; then the graph is unavailable.</summary>
    public async Task WhenReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await _ready.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new Neo4jUnavailableException("Neo4j is still starting; try again shortly.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not Neo4jUnavailableException)
        {
            throw new Neo4jUnavailableException($"Neo4j could not be started: {Failure}", e);
        }
    }

    public void Connect(Neo4jEndpoint endpoint) => _endpoint.TrySetResult(endpoint);

    public void MarkReady() => _ready.TrySetResult();

    public void Fail(Exception error)
    {
        Failure = error.Message;
        _endpoint.TrySetException(error);
        _ready.TrySetException(error);
    }
}
