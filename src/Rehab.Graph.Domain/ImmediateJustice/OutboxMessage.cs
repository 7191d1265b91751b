namespace Rehab.Graph.Domain.ImmediateJustice;

/// <summary>How a person or an organisation is told: the channels a real gateway delivers on.</summary>
public enum MessageChannel
{
    Email,
    Text,
    Letter,
}

/// <summary>
/// A message waiting in the outbox. It is written in the same transaction as the change it reports,
/// and sent afterwards by whichever <see cref="IMessageSender"/> is configured; a certificate of
/// completion, when <see cref="CertificateCode"/> is set, is rendered and attached at sending time.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    MessageChannel Channel,
    string Recipient,
    string Subject,
    string Body,
    DateTimeOffset CreatedAt,
    string? CertificateCode = null);

/// <summary>What a real e-mail, SMS or print-and-post gateway implements.</summary>
public interface IMessageSender
{
    /// <param name="attachment">The rendered certificate (PDF) when the message carries one.</param>
    Task SendAsync(OutboxMessage message, byte[]? attachment, CancellationToken cancellationToken);
}
