using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Outbox;

/// <summary>
/// The transactional outbox: a change that must tell someone adds its messages to its own transaction,
/// so a message exists exactly when the change does, and sending can fail and retry without losing it.
/// </summary>
public static class Outbox
{
    /// <summary>A message with <paramref name="notice"/>'s words to <paramref name="recipient"/>, written with the change at <paramref name="at"/>.</summary>
    public static CypherStatement Enqueue(MessageChannel channel, string recipient, Notice notice, DateTimeOffset at) =>
        Enqueue(new OutboxMessage(NewMessageId(at), channel, recipient, notice.Subject, notice.Body, at));

    /// <summary>Ids in the order messages were written, so that the dispatcher's oldest-first claim and the files it writes sort alike.</summary>
    public static string NewMessageId(DateTimeOffset at) => $"msg-{Guid.CreateVersion7(at):N}";

    public static CypherStatement Enqueue(OutboxMessage message) => CypherStatement.From("Outbox/enqueue-message.cypher", new Dictionary<string, object?>
    {
        ["id"] = message.Id,
        ["channel"] = EnumCodes.ToCode(message.Channel),
        ["recipient"] = message.Recipient,
        ["subject"] = message.Subject,
        ["body"] = message.Body,
        ["createdAt"] = AuditTrail.Timestamp(message.CreatedAt),
        ["certificateCode"] = message.CertificateCode,
    });
}
