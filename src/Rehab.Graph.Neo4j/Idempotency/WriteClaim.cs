using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Idempotency;

/// <summary>
/// The idempotency key of the request being served, as the statement that claims it. While it is pending, every
/// explicit transaction of the calling async flow commits with that statement, in the commit's own round trip
/// (<see cref="CypherTransaction.CommitAsync"/>); the first commit to succeed takes it, and later transactions of the
/// same request commit without it. So the key exists exactly when a write made under it does, whether or not its
/// answer ever reached the hub, and a second write under the same key fails on the key's uniqueness and rolls back
/// whole. Auto-committed statements (the request's reads) never carry it.
/// </summary>
public sealed class WriteClaim
{
    private static readonly AsyncLocal<WriteClaim?> Ambient = new();
    private int _committed;

    private WriteClaim(CypherStatement statement) => Statement = statement;

    /// <summary>Whether a transaction that carried the claim has committed, as far as this hub was told.</summary>
    public bool IsCommitted => Volatile.Read(ref _committed) == 1;

    internal CypherStatement Statement { get; }

    /// <summary>The claim the next commit of the calling async flow must carry, if one is pending.</summary>
    internal static WriteClaim? Pending => Ambient.Value is { IsCommitted: false } claim ? claim : null;

    /// <summary>Makes <paramref name="statement"/> the pending claim of the calling async flow; call it before awaiting the work it covers.</summary>
    public static WriteClaim Begin(CypherStatement statement)
    {
        var claim = new WriteClaim(statement);
        Ambient.Value = claim;
        return claim;
    }

    internal void Committed() => Volatile.Write(ref _committed, 1);
}
