namespace Rehab.Graph.Neo4j.Client;

/// <summary>
/// The endpoint the hub talks to and whether the graph is ready for requests. Start-up finds or
/// starts the server (<see cref="Connect"/>), migrates it, then marks it ready (<see cref="MarkReady"/>).
/// </summary>
public sealed class Neo4jConnection
{
    private static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(15);
    private readonly TaskCompletionSource<Neo4jEndpoint> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Why start-up failed, if it did.</summary>
    public string? Failure { get; private set; }

    public Neo4jEndpoint? Endpoint => _endpoint.Task.IsCompletedSuccessfully ? _endpoint.Task.Result : null;

    /// <summary>The endpoint once start-up has found it; a request that comes earlier waits a little, then the graph is unavailable.</summary>
    public async Task<Neo4jEndpoint> EndpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _endpoint.Task.WaitAsync(StartupWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new Neo4jUnavailableException("Neo4j is still starting; try again shortly.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
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
