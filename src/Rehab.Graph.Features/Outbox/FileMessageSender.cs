using System.Globalization;
using Microsoft.Extensions.Logging;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Features.Outbox;

/// <summary>
/// The local gateway: each message becomes a text file (and its certificate a PDF beside it) in one directory,
/// so a developer can read what would have gone out. Names come from the message alone, so sending a message
/// again rewrites the same files.
/// </summary>
public sealed class FileMessageSender(string directory, ILogger<FileMessageSender> logger) : IMessageSender
{
    public async Task SendAsync(OutboxMessage message, byte[]? attachment, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{message.CreatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}-{message.Id}";
        var text = Path.Combine(directory, $"{name}.{EnumCodes.ToCode(message.Channel).ToLowerInvariant()}.txt");
        string? pdf = null;
        if (attachment is not null)
        {
            pdf = Path.Combine(directory, $"{name}.pdf");
            await File.WriteAllBytesAsync(pdf, attachment, cancellationToken);
        }

        // The text file last: once it is there, so is everything it mentions.
        await File.WriteAllTextAsync(text, $"""
            Channel: {EnumCodes.ToCode(message.Channel)}
            To: {message.Recipient}
            Subject: {message.Subject}
            Message-Id: {message.Id}
            Created: {message.CreatedAt.UtcDateTime:O}
            Attachment: {(pdf is null ? "none" : Path.GetFileName(pdf))}

            {message.Body}

            """, cancellationToken);
        // Where it went, not what it says: the recipient and body are personal data and stay out of the logs.
        logger.LogInformation("Outbox message {Id} ({Channel}) written to {File}", message.Id, message.Channel, text);
    }
}
