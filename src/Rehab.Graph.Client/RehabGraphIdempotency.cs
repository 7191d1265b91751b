namespace Rehab.Graph.Client;

/// <summary>
/// An <c>Idempotency-Key</c> chosen by the caller for the mutations sent within a scope, instead of a new one per call:
/// a web form carries its key, so a second press of Confirm (or a browser re-posting the form) gets the first answer
/// from the hub and writes nothing again.
/// </summary>
public static class RehabGraphIdempotency
{
    private static readonly AsyncLocal<string?> Scoped = new();

    /// <summary>The key the calls in the current async flow carry, if one is set.</summary>
    public static string? CurrentKey => Scoped.Value;

    /// <summary>Sends <paramref name="key"/> with every mutation until the scope is disposed (keys are 1 to 255 visible characters).</summary>
    public static IDisposable UseKey(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 255 || key.Any(c => c is < '!' or > '~' || c == '"'))
        {
            throw new ArgumentException("An idempotency key is 1 to 255 visible ASCII characters, without quotes.", nameof(key));
        }

        var previous = Scoped.Value;
        Scoped.Value = key;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
