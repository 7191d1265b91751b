using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Notifications;
using Rehab.Graph.Domain.Taxonomy;
using Rehab.Graph.Neo4j.Audit;
using Rehab.Graph.Neo4j.Client;

namespace Rehab.Graph.Neo4j.Outbox;

/// <summary>Which side of a referral a notice goes to.</summary>
public enum NoticeAudience
{
    /// <summary>The organisation referred to.</summary>
    Organisation,

    /// <summary>The person's offender managers and the coordinator of the Immediate Justice case it was booked for.</summary>
    PersonSide,

    /// <summary>Only that coordinator.</summary>
    Coordinator,
}

/// <summary>
/// The transactional outbox: a change that must tell someone adds its messages to its own transaction,
/// so a message exists exactly when the change does, and sending can fail and retry without losing it.
/// </summary>
public static class OutboxWrites
{
    /// <summary>
    /// A message with <paramref name="notice"/>'s words to <paramref name="recipient"/>, written with the change at <paramref name="at"/>.
    /// A <paramref name="certificateCode"/> has the dispatcher attach that certificate when it sends the message.
    /// </summary>
    public static CypherStatement Enqueue(MessageChannel channel, string recipient, Notice notice, DateTimeOffset at, string? certificateCode = null) =>
        Enqueue(new OutboxMessage(NewMessageId(at), channel, recipient, notice.Subject, notice.Body, at, certificateCode));

    /// <summary>A notice about a referral to one side of it (see enqueue-referral-notice.cypher), whoever is there when the change commits.</summary>
    public static CypherStatement EnqueueForReferral(string referralId, NoticeAudience audience, Notice notice, DateTimeOffset at) =>
        CypherStatement.From("Outbox/enqueue-referral-notice.cypher", new Dictionary<string, object?>
        {
            ["id"] = NewMessageId(at),
            ["referralId"] = referralId,
            ["audience"] = EnumCodes.ToCode(audience),
            ["subject"] = notice.Subject,
            ["body"] = notice.Body,
            ["createdAt"] = AuditTrail.Timestamp(at),
        });

    /// <summary>A notice to probation's own organisations, where Immediate Justice coordinators share their queue.</summary>
    public static CypherStatement EnqueueForProbation(Notice notice, DateTimeOffset at) =>
        CypherStatement.From("Outbox/enqueue-probation-notice.cypher", new Dictionary<string, object?>
        {
            ["id"] = NewMessageId(at),
            ["subject"] = notice.Subject,
            ["body"] = notice.Body,
            ["createdAt"] = AuditTrail.Timestamp(at),
        });

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
