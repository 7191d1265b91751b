using Rehab.Graph.Domain.ImmediateJustice;
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
