using System.Globalization;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Outbox;

/// <summary>A message one dispatcher has claimed, with the attempts already made to send it.</summary>
public sealed record ClaimedMessage(OutboxMessage Message, int Attempts);

/// <summary>The messages one claim took, and how many were waiting to be sent then, these among them.</summary>
public sealed record ClaimedBatch(IReadOnlyList<ClaimedMessage> Messages, long Pending);

/// <summary>The sending side of the outbox: claim a batch, then mark each message sent or failed; and delete what was sent long ago.</summary>
public sealed class OutboxStore(CypherClient cypher)
{
    public async Task<ClaimedBatch> ClaimAsync(
        string dispatcher, int batch, int maxAttempts, DateTimeOffset now, DateTimeOffset claimedUntil, CancellationToken cancellationToken)
    {
        var results = await cypher.RunAsync(
        [
            CypherStatement.From("Outbox/claim-messages.cypher", new Dictionary<string, object?>
            {
                ["dispatcher"] = dispatcher,
                ["batch"] = batch,
                ["maxAttempts"] = maxAttempts,
                ["now"] = AuditTrail.Timestamp(now),
                ["claimedUntil"] = AuditTrail.Timestamp(claimedUntil),
            }),
            CypherStatement.From("Outbox/count-pending.cypher"),
        ], cancellationToken);
        return new ClaimedBatch([.. results[0].Read<MessageRow>("message").Select(r => r.ToClaimed())], results[1].Single<long>("pending"));
    }

    public Task MarkSentAsync(string id, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        cypher.RunAsync(CypherStatement.From("Outbox/mark-sent.cypher", new Dictionary<string, object?>
        {
            ["id"] = id,
            ["sentAt"] = AuditTrail.Timestamp(sentAt),
        }), cancellationToken);

    public Task MarkFailedAsync(string id, string error, DateTimeOffset at, DateTimeOffset retryAt, int maxAttempts, CancellationToken cancellationToken) =>
        cypher.RunAsync(CypherStatement.From("Outbox/mark-failed.cypher", new Dictionary<string, object?>
        {
            ["id"] = id,
            ["error"] = error,
            ["at"] = AuditTrail.Timestamp(at),
            ["retryAt"] = AuditTrail.Timestamp(retryAt),
            ["maxAttempts"] = maxAttempts,
        }), cancellationToken);

    /// <summary>Deletes up to <paramref name="batch"/> messages sent before <paramref name="cutoff"/>; how many it deleted.</summary>
    public async Task<int> PruneSentAsync(DateTimeOffset cutoff, int batch, CancellationToken cancellationToken) =>
        (await cypher.RunAsync(CypherStatement.From("Outbox/prune-sent.cypher", new Dictionary<string, object?>
        {
            ["cutoff"] = AuditTrail.Timestamp(cutoff),
            ["batch"] = batch,
        }), cancellationToken)).Single<int>("pruned");

    private sealed record MessageRow(string Id, string Channel, string Recipient, string Subject, string Body, string CreatedAt, string? CertificateCode, int Attempts)
    {
        public ClaimedMessage ToClaimed() => new(
            new OutboxMessage(Id, EnumCodes.Parse<MessageChannel>(Channel), Recipient, Subject, Body,
                DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), CertificateCode),
            Attempts);
    }
}
