namespace Rehab.Graph.Api.Limits;

/// <summary>A client has used up its allowance; the endpoint answers 429 with <see cref="RetryAfterSeconds"/>.</summary>
internal sealed class RateLimitedException(TimeSpan retryAfter)
    : Exception($"Too many anonymous connect requests from your address; try again in {WholeSeconds(retryAfter)} seconds, or sign in.")
{
    public int RetryAfterSeconds { get; } = WholeSeconds(retryAfter);

    // Retry-After takes whole seconds; rounding down could send the client back too early.
    private static int WholeSeconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));
}
