using System.Globalization;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Idempotency;

/// <summary>The answer a request gave, kept with its idempotency key so that a retry gets it again.</summary>
public sealed record StoredAnswer(int Status, string ContentType, string Body);

/// <summary>
/// A claimed idempotency key: the fingerprint of the request that claimed it, that request's attempt id and start,
/// and its answer once kept (null while the request is still answering, or when its answer was lost).
/// </summary>
public sealed record IdempotencyRecord(string RequestHash, string Attempt, DateTimeOffset CreatedAt, StoredAnswer? Answer);

/// <summary>
/// Idempotency keys in the graph, one node per caller and key (<c>IdempotencyKey</c>, unique id): created by the
/// claim that a request's write commits with (<see cref="WriteClaim"/>), given the request's answer afterwards,
/// deleted when their retention runs out.
/// </summary>
public sealed class IdempotencyStore(CypherClient cypher)
{
    /// <summary>The statement that claims <paramref name="id"/> for a request's write; see <see cref="WriteClaim"/>.</summary>
    public static CypherStatement Claim(string id, string requestHash, string attempt, DateTimeOffset createdAt, DateTimeOffset expiresAt) =>
        Statement("claim-key", new()
        {
            ["id"] = id,
            ["requestHash"] = requestHash,
            ["attempt"] = attempt,
            ["createdAt"] = AuditTrail.Timestamp(createdAt),
            ["expiresAt"] = AuditTrail.Timestamp(expiresAt),
        });

    /// <summary>The key with this id, or null when none was claimed or it expired by <paramref name="now"/> (an expired one is deleted).</summary>
    public async Task<IdempotencyRecord?> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await cypher.RunAsync(Statement("find-key", new() { ["id"] = id, ["now"] = AuditTrail.Timestamp(now) }), cancellationToken);
        return result.Rows.Count == 0 ? null : result.Single<KeyRow>("key").ToRecord();
    }

    /// <summary>Keeps the answer of the attempt that claimed the key; a key already answered keeps its first answer.</summary>
    public Task StoreAnswerAsync(string id, string attempt, StoredAnswer answer, CancellationToken cancellationToken) =>
        cypher.RunAsync(Statement("store-answer", new()
        {
            ["id"] = id,
            ["attempt"] = attempt,
            ["status"] = answer.Status,
            ["contentType"] = answer.ContentType,
            ["body"] = answer.Body,
        }), cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> keys expired by <paramref name="now"/>; how many it deleted.</summary>
    public async Task<int> PruneAsync(DateTimeOffset now, int batch, CancellationToken cancellationToken) =>
        (await cypher.RunAsync(Statement("prune-keys", new() { ["now"] = AuditTrail.Timestamp(now), ["batch"] = batch }), cancellationToken))
            .Single<int>("pruned");

    private static CypherStatement Statement(string name, Dictionary<string, object?> parameters) =>
        CypherStatement.From($"Idempotency/{name}.cypher", parameters);

    private sealed record KeyRow(string RequestHash, string Attempt, string CreatedAt, int? AnswerStatus, string? AnswerType, string? AnswerBody)
    {
        public IdempotencyRecord ToRecord() => new(
            RequestHash, Attempt, DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            AnswerStatus is { } status ? new StoredAnswer(status, AnswerType!, AnswerBody!) : null);
    }
}
