using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Api.Tests;

/// <summary>The outbox's sending side on a real Neo4j: claims, the file sender, certificates attached, failures and retries.</summary>
[Collection(OutboxArea.Collection)]
public sealed class OutboxTests(OutboxArea area)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_enqueued_message_is_written_by_the_file_sender_and_marked_sent()
    {
        var message = await area.EnqueueAsync();

        var pass = await area.Dispatcher.DispatchOnceAsync(Cancel);

        Assert.True(pass.Sent >= 1);
        var file = Assert.Single(area.FilesOf(message.Id));
        Assert.EndsWith($"-{message.Id}.email.txt", file.Name, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(file.FullName, Cancel);
        Assert.Contains($"To: {message.Recipient}", text, StringComparison.Ordinal);
        Assert.Contains($"Subject: {message.Subject}", text, StringComparison.Ordinal);
        Assert.Contains(message.Body, text, StringComparison.Ordinal);
        Assert.Contains("Attachment: none", text, StringComparison.Ordinal);
        var stored = await area.StoredAsync(message.Id);
        Assert.True(stored.TryGetProperty("sentAt", out _));
        Assert.Equal(0, stored.GetProperty("attempts").GetInt32());
        Assert.False(stored.TryGetProperty("claimedBy", out _));

        var again = await area.Dispatcher.DispatchOnceAsync(Cancel);
        Assert.Equal(0, again.Claimed);
    }

    [Fact]
    public async Task A_certificate_message_gets_the_certificate_as_a_PDF_attachment()
    {
        var certificate = await area.NewCertificateAsync(hours: 14);
        var letter = await area.EnqueueAsync(certificate.Code, MessageChannel.Letter);

        await area.Dispatcher.DispatchOnceAsync(Cancel);

        var files = area.FilesOf(letter.Id).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal([".letter.txt", ".pdf"], files.Select(f => f.Name[f.Name.IndexOf('.', StringComparison.Ordinal)..]));
        var pdf = await File.ReadAllBytesAsync(files[1].FullName, Cancel);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var text = PdfText.Of(pdf);
        Assert.Contains(certificate.Code, text, StringComparison.Ordinal);
        Assert.Contains("has completed 14 hours", text, StringComparison.Ordinal);
        Assert.Contains($"Attachment: {files[1].Name}", await File.ReadAllTextAsync(files[0].FullName, Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_gateway_counts_the_attempt_keeps_the_error_and_a_later_pass_sends_it()
    {
        var message = await area.EnqueueAsync();
        var gateway = new TestGateway(failures: 1);
        var dispatcher = area.DispatcherWith(gateway);

        var failed = await dispatcher.DispatchOnceAsync(Cancel);
        var afterFailure = await area.StoredAsync(message.Id);
        var retried = await dispatcher.DispatchOnceAsync(Cancel);
        var afterRetry = await area.StoredAsync(message.Id);

        Assert.Equal(1, failed.Failed);
        Assert.Equal(1, afterFailure.GetProperty("attempts").GetInt32());
        Assert.Contains("Gateway refused the message", afterFailure.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.False(afterFailure.TryGetProperty("sentAt", out _));
        Assert.False(afterFailure.TryGetProperty("claimedBy", out _));
        Assert.True(retried.Sent >= 1);
        Assert.True(afterRetry.TryGetProperty("sentAt", out _));
        Assert.Equal([message.Id], gateway.Sent.Select(s => s.Message.Id).Where(id => id == message.Id));
        Assert.Empty(area.FilesOf(message.Id));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_stops_after_the_last_attempt_and_stays_visible()
    {
        var message = await area.EnqueueAsync();
        var gateway = new TestGateway(failures: -1);
        var dispatcher = area.DispatcherWith(gateway);

        for (var pass = 0; pass < OutboxArea.MaxAttempts + 2; pass++)
        {
            await dispatcher.DispatchOnceAsync(Cancel);
        }

        var stored = await area.StoredAsync(message.Id);
        Assert.Equal(OutboxArea.MaxAttempts, stored.GetProperty("attempts").GetInt32());
        Assert.Contains($"call {OutboxArea.MaxAttempts}", stored.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.False(stored.TryGetProperty("sentAt", out _));
        // The hub's own sender would succeed, but the message has had its attempts.
        Assert.Equal(0, (await area.Dispatcher.DispatchOnceAsync(Cancel)).Claimed);
        Assert.Empty(area.FilesOf(message.Id));
    }

    [Fact]
    public async Task A_failed_message_waits_before_it_is_retried()
    {
        var message = await area.EnqueueAsync();
        var dispatcher = area.DispatcherWith(new TestGateway(failures: 1), area.Options with { RetrySeconds = 3600 });

        await dispatcher.DispatchOnceAsync(Cancel);
        var second = await dispatcher.DispatchOnceAsync(Cancel);

        Assert.Equal(0, second.Claimed);
        var stored = await area.StoredAsync(message.Id);
        Assert.Equal(1, stored.GetProperty("attempts").GetInt32());
        var retryAt = DateTimeOffset.Parse(stored.GetProperty("retryAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_message_whose_certificate_is_missing_fails_with_that_reason()
    {
        var message = await area.EnqueueAsync(certificateCode: new string('0', 32));

        for (var pass = 0; pass < OutboxArea.MaxAttempts; pass++)
        {
            await area.Dispatcher.DispatchOnceAsync(Cancel);
        }

        var stored = await area.StoredAsync(message.Id);
        Assert.Equal(OutboxArea.MaxAttempts, stored.GetProperty("attempts").GetInt32());
        Assert.Contains("No certificate with code", stored.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Empty(area.FilesOf(message.Id));
    }

    [Fact]
    public async Task Dispatchers_polling_at_once_send_each_message_exactly_once()
    {
        var messages = new List<OutboxMessage>();
        for (var i = 0; i < 12; i++)
        {
            messages.Add(await area.EnqueueAsync());
        }

        var gateway = new TestGateway(delay: TimeSpan.FromMilliseconds(20));
        var options = area.Options with { BatchSize = 4 };
        var dispatchers = Enumerable.Range(0, 3).Select(_ => area.DispatcherWith(gateway, options)).ToList();

        await Task.WhenAll(dispatchers.Select(async dispatcher =>
        {
            while ((await dispatcher.DispatchOnceAsync(Cancel)).Claimed > 0)
            {
            }
        }));

        var ours = messages.Select(m => m.Id).ToHashSet();
        var sent = gateway.Sent.Select(s => s.Message.Id).Where(ours.Contains).ToList();
        Assert.Equal(ours.Order(StringComparer.Ordinal), sent.Order(StringComparer.Ordinal));
        foreach (var message in messages)
        {
            Assert.True((await area.StoredAsync(message.Id)).TryGetProperty("sentAt", out _));
        }
    }
}
