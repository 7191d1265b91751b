namespace Rehab.Graph.Client;

public sealed class RehabGraphClientOptions
{
    /// <summary>The hub's address, e.g. <c>https://hub.example.org/</c>; requests go to its <see cref="Path"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The GraphQL endpoint, relative to <see cref="BaseAddress"/>.</summary>
    public string Path { get; set; } = "graphql";

    /// <summary>
    /// Sends every mutation with an <c>Idempotency-Key</c> (a new one per call, the same on its retries), so that a write
    /// whose answer was lost is retried without being carried out twice. Turned off, mutations are never retried.
    /// </summary>
    public bool SendIdempotencyKeys { get; set; } = true;
}
