namespace Rehab.Graph.Client;

/// <summary>
/// Where the client gets the bearer token for each request. Register one to call as a signed-in user; without one,
/// requests are anonymous (the public directory and <c>connect</c> with an ad-hoc profile need no token).
/// </summary>
public interface IRehabGraphAccessTokenProvider
{
    /// <summary>The access token, or null to send the request without one.</summary>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}
