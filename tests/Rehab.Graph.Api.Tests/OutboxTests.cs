using Rehab.Graph.Features.Outbox;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Api.Tests;

/// <summary>The outbox's sending side on a real Neo4j: claims, the file sender, certificates attached, failures and retries.</summary>
[Collection(OutboxArea.Collection)]
public sealed class OutboxTests(OutboxArea area)
{
    private const string Pending = "OutboxPending";

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
    public async Task The_backlog_gauge_counts_a_queued_message_until_it_is_sent()
    {
        await area.Dispatcher.DispatchOnceAsync(Cancel);
        var before = HubGauges.Read(area.Hub, "rehab.outbox.backlog");
        await area.EnqueueAsync();

        // A gateway that refuses it once: the pass sees the message and leaves it waiting.
        var refused = await area.DispatcherWith(new TestGateway(failures: 1)).DispatchOnceAsync(Cancel);
        var queued = HubGauges.Read(area.Hub, "rehab.outbox.backlog");
        var sent = await area.Dispatcher.DispatchOnceAsync(Cancel);
        var after = HubGauges.Read(area.Hub, "rehab.outbox.backlog");

        Assert.Equal((1, 1), (refused.Failed, sent.Sent));
        Assert.NotNull(before);
        Assert.Equal((before + 1, before), (queued, after));
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
    public async Task A_message_is_pending_from_when_it_is_enqueued_until_it_is_sent()
    {
        var message = await area.EnqueueAsync();
        var enqueued = await area.LabelsAsync(message.Id);

        await area.Dispatcher.DispatchOnceAsync(Cancel);

        Assert.Contains(Pending, enqueued!);
        Assert.Equal(["OutboxMessage"], await area.LabelsAsync(message.Id));
    }

    [Fact]
    public async Task A_message_stops_being_pending_with_its_last_failed_attempt()
    {
        var message = await area.EnqueueAsync();
        var dispatcher = area.DispatcherWith(new TestGateway(failures: -1));

        for (var pass = 1; pass < OutboxArea.MaxAttempts; pass++)
        {
            await dispatcher.DispatchOnceAsync(Cancel);
        }

        var beforeLast = await area.LabelsAsync(message.Id);
        await dispatcher.DispatchOnceAsync(Cancel);

        Assert.Contains(Pending, beforeLast!);
        Assert.Equal(OutboxArea.MaxAttempts, (await area.StoredAsync(message.Id)).GetProperty("attempts").GetInt32());
        Assert.Equal(["OutboxMessage"], await area.LabelsAsync(message.Id));
    }

    [Fact]
    public async Task An_unsent_message_without_the_pending_label_is_not_claimed()
    {
        // As the hub wrote messages before migration 6 labelled them: the claim reads only pending messages.
        var id = $"msg-unlabelled-{Guid.NewGuid():N}";
        await area.Cypher.RunAsync(new Neo4j.Client.CypherStatement("test: unlabelled message", """
            CREATE (:OutboxMessage {id: $id, channel: 'EMAIL', recipient: 'someone@example.org', subject: 'Old', body: 'Old.', createdAt: $createdAt, attempts: 0})
            """, new Dictionary<string, object?> { ["id"] = id, ["createdAt"] = Neo4j.Audit.AuditTrail.Timestamp(DateTimeOffset.UtcNow) }));
        var gateway = new TestGateway();

        await area.DispatcherWith(gateway).DispatchOnceAsync(Cancel);

        Assert.DoesNotContain(gateway.Sent, s => s.Message.Id == id);
        Assert.False((await area.StoredAsync(id)).TryGetProperty("sentAt", out _));
    }

    [Fact]
    public async Task Pruning_deletes_messages_sent_before_the_retention_and_keeps_recent_and_unsent_ones()
    {
        var longAgo = DateTimeOffset.UtcNow - TimeSpan.FromDays(area.Options.RetentionDays + 1);
        var oldSent = await area.EnqueueAsync(createdAt: longAgo);
        await area.DispatcherWith(new TestGateway(), clock: new TestClock(longAgo)).DispatchOnceAsync(Cancel);
        var oldUnsent = await area.EnqueueAsync(createdAt: longAgo);
        var failing = area.DispatcherWith(new TestGateway(failures: -1), clock: new TestClock(longAgo));
        for (var pass = 0; pass < OutboxArea.MaxAttempts; pass++)
        {
            await failing.DispatchOnceAsync(Cancel);
        }

        var recentSent = await area.EnqueueAsync(createdAt: longAgo);
        await area.DispatcherWith(new TestGateway(), clock: new TestClock(longAgo + TimeSpan.FromDays(2))).DispatchOnceAsync(Cancel);
        Assert.True((await area.StoredAsync(oldSent.Id)).TryGetProperty("sentAt", out _));
        Assert.True((await area.StoredAsync(recentSent.Id)).TryGetProperty("sentAt", out _));
        Assert.Equal(OutboxArea.MaxAttempts, (await area.StoredAsync(oldUnsent.Id)).GetProperty("attempts").GetInt32());

        var pruned = await area.DispatcherWith(new TestGateway()).PruneIfDueAsync(Cancel);

        Assert.True(pruned >= 1, $"Pruned {pruned}.");
        Assert.Null(await area.LabelsAsync(oldSent.Id));
        Assert.NotNull(await area.LabelsAsync(recentSent.Id));
        Assert.NotNull(await area.LabelsAsync(oldUnsent.Id));
    }

    [Fact]
    public async Task Pruning_deletes_a_backlog_of_more_than_one_batch()
    {
        var backlog = await area.AddSentAsync(DateTimeOffset.UtcNow - TimeSpan.FromDays(area.Options.RetentionDays + 1), count: 1234);

        var pruned = await area.DispatcherWith(new TestGateway()).PruneIfDueAsync(Cancel);

        Assert.True(pruned >= 1234, $"Pruned {pruned}.");
        Assert.Equal(0, await area.CountAsync(backlog));
    }

    [Fact]
    public async Task Pruning_runs_on_the_first_call_and_then_at_most_once_an_interval()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var dispatcher = area.DispatcherWith(new TestGateway(), clock: clock);

        var first = await dispatcher.PruneIfDueAsync(Cancel);
        var old = await area.AddSentAsync(clock.Now - TimeSpan.FromDays(area.Options.RetentionDays + 1));
        clock.Now += OutboxDispatcher.PruneInterval - TimeSpan.FromSeconds(1);
        var tooSoon = await dispatcher.PruneIfDueAsync(Cancel);
        var keptTooSoon = await area.CountAsync(old);
        clock.Now += TimeSpan.FromSeconds(1);
        var due = await dispatcher.PruneIfDueAsync(Cancel);

        Assert.NotNull(first);
        Assert.Null(tooSoon);
        Assert.Equal(1, keptTooSoon);
        Assert.True(due >= 1, $"Pruned {due}.");
        Assert.Equal(0, await area.CountAsync(old));
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
