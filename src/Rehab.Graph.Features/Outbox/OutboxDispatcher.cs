using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Features.Certificates;
using Rehab.Graph.Neo4j.Certificates;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Outbox;

namespace Rehab.Graph.Features.Outbox;

/// <summary>What one pass of the dispatcher did with the messages it claimed.</summary>
public sealed record DispatchPass(int Sent, int Failed)
{
    public int Claimed => Sent + Failed;
}

/// <summary>
/// Sends the outbox: every few seconds it claims a batch of unsent messages, oldest first, renders the
/// certificate a message carries, hands each to the <see cref="IMessageSender"/>, and marks it sent, or counts
/// the failure and retries later with a growing wait until the attempts run out. Claims keep several hubs from
/// sending one message at once; a hub that dies after sending but before marking means the message goes again
/// (at least once: gateways can use the message id to drop a repeat). Once an hour it also deletes the messages sent
/// longer ago than the retention, since their bodies are personal data; messages never sent are kept for someone to look at.
/// </summary>
public sealed class OutboxDispatcher(
    OutboxStore store,
    CypherClient cypher,
    Neo4jConnection connection,
    IMessageSender sender,
    CertificateRenderer renderer,
    IOptions<OutboxOptions> outbox,
    OutboxBacklog backlog,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int MaxErrorLength = 1000;

    /// <summary>Sent messages deleted per statement, so that one transaction stays small after a long pause.</summary>
    private const int PruneBatch = 500;

    /// <summary>How often sent messages are pruned: a retention counted in days needs no more, and most polls then cost nothing extra.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    /// <summary>Who holds a claim, as written on the message: enough to tell which hub process it was.</summary>
    private readonly string _name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    private readonly OutboxOptions _options = outbox.Value;

    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    /// <summary>Claims one batch and sends it. Public so that tests can run a pass without waiting for the timer.</summary>
    public async Task<DispatchPass> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var claimedUntil = now + TimeSpan.FromSeconds(_options.LeaseSeconds);
        var (claimed, pending) = await store.ClaimAsync(_name, _options.BatchSize, _options.MaxAttempts, now, claimedUntil, cancellationToken);
        if (claimed.Count == 0)
        {
            backlog.Report(pending, settled: 0);
            return new DispatchPass(0, 0);
        }

        var certificates = await CertificatesAsync(claimed, cancellationToken);
        // One rendering per certificate, however many messages (the person's, the referrer's) carry it.
        var rendered = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var (sent, failed, givenUp) = (0, 0, 0);
        foreach (var (message, attempts) in claimed)
        {
            if (clock.GetUtcNow() >= claimedUntil)
            {
                // The claim has lapsed and another hub may hold the rest now: leave them to it.
                break;
            }

            try
            {
                await sender.SendAsync(message, Attachment(message, certificates, rendered), cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                await FailAsync(message, attempts + 1, e, cancellationToken);
                failed++;
                givenUp += attempts + 1 >= _options.MaxAttempts ? 1 : 0;
                continue;
            }

            await store.MarkSentAsync(message.Id, clock.GetUtcNow(), cancellationToken);
            sent++;
        }

        // Sent, or out of attempts: either way no longer waiting.
        backlog.Report(pending, sent + givenUp);
        return new DispatchPass(sent, failed);
    }

    /// <summary>
    /// Deletes the messages sent more than <see cref="OutboxOptions.RetentionDays"/> ago, and returns how many, unless the
    /// last pruning started less than <see cref="PruneInterval"/> ago (then null): the first call always prunes.
    /// Public so that tests can prune without waiting for the timer.
    /// </summary>
    public async Task<int?> PruneIfDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPrune)
        {
            return null;
        }

        // Set before pruning: a pruning that fails waits for the next interval instead of failing again every poll.
        _nextPrune = now + PruneInterval;
        var cutoff = now - TimeSpan.FromDays(_options.RetentionDays);
        var (pruned, batch) = (0, 0);
        do
        {
            batch = await store.PruneSentAsync(cutoff, PruneBatch, cancellationToken);
            pruned += batch;
        }
        while (batch == PruneBatch);

        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} outbox messages sent more than {Days} days ago.", pruned, _options.RetentionDays);
        }

        return pruned;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.PollSeconds), clock);
        var unavailable = false;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // Like every other part of the hub, it waits for start-up to bring the graph up and migrate it.
                if (!connection.IsReady)
                {
                    continue;
                }

                try
                {
                    DispatchPass pass;
                    do
                    {
                        pass = await DispatchOnceAsync(stoppingToken);
                    }
                    while (pass.Claimed == _options.BatchSize);

                    if (unavailable)
                    {
                        logger.LogInformation("The outbox is sending again.");
                        unavailable = false;
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Neo4j down or a bug: said once, not every poll, and never fatal to the host; claims lapse by themselves.
                    if (!unavailable)
                    {
                        logger.LogWarning(e, "The outbox cannot send for now; it keeps trying every {Seconds} s.", _options.PollSeconds);
                        unavailable = true;
                    }

                    continue;
                }

                // After sending, so that pruning never holds a message up; its own failure does not stop sending.
                try
                {
                    await PruneIfDueAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "The outbox could not prune sent messages; it tries again in {Interval}.", PruneInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<IReadOnlyDictionary<string, CompletionCertificate>> CertificatesAsync(IReadOnlyList<ClaimedMessage> claimed, CancellationToken cancellationToken)
    {
        var codes = claimed.Select(c => c.Message.CertificateCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return codes.Count == 0
            ? new Dictionary<string, CompletionCertificate>()
            : (await cypher.QueryAsync(CertificateQueries.ByCodes(codes), cancellationToken)).ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The message's certificate as a PDF; rendered here, inside the attempt, so that a failure counts against the message.</summary>
    private byte[]? Attachment(OutboxMessage message, IReadOnlyDictionary<string, CompletionCertificate> certificates, Dictionary<string, byte[]> rendered)
    {
        if (message.CertificateCode is not { } code)
        {
            return null;
        }

        if (!rendered.TryGetValue(code, out var pdf))
        {
            var certificate = certificates.GetValueOrDefault(code) ?? throw new InvalidOperationException($"No certificate with code '{code}' to attach.");
            pdf = rendered[code] = renderer.Render(certificate);
        }

        return pdf;
    }

    private async Task FailAsync(OutboxMessage message, int attempts, Exception error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var text = $"{error.GetType().Name}: {error.Message}";
        await store.MarkFailedAsync(message.Id, text.Length > MaxErrorLength ? text[..MaxErrorLength] : text, now, now + _options.RetryDelay(attempts), _options.MaxAttempts, cancellationToken);
        if (attempts >= _options.MaxAttempts)
        {
            logger.LogError("Outbox message {Id} ({Channel}) was not sent after {Attempts} attempts and will not be tried again: {Error}", message.Id, message.Channel, attempts, text);
        }
        else
        {
            logger.LogWarning("Outbox message {Id} ({Channel}) failed (attempt {Attempt} of {MaxAttempts}), retrying after {Delay}: {Error}",
                message.Id, message.Channel, attempts, _options.MaxAttempts, _options.RetryDelay(attempts), text);
        }
    }
}
