using Microsoft.Extensions.Options;
using Rehab.Graph.Neo4j.Client;
using Rehab.Graph.Neo4j.Idempotency;

namespace Rehab.Graph.Api.Idempotency;

/// <summary>
/// Deletes idempotency keys, and the answers kept with them, once their retention has run out: first once the graph is
/// ready after start-up, then once an interval. An expired key still stored is already treated as free when a request
/// looks it up, so pruning only keeps the graph from holding every answer ever given.
/// </summary>
public sealed class IdempotencyKeyPruner(
    IdempotencyStore store, Neo4jConnection connection, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyKeyPruner> logger)
    : BackgroundService
{
    /// <summary>Keys deleted per statement, so that one transaction stays small after a long pause.</summary>
    private const int PruneBatch = 500;

    /// <summary>How often keys are pruned: a retention counted in hours needs no more.</summary>
    public static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    private static readonly TimeSpan ReadinessPoll = TimeSpan.FromSeconds(10);

    /// <summary>Deletes every key expired by now; how many. Public so that tests can prune without waiting for the timer.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (pruned, batch) = (0, 0);
        do
        {
            batch = await store.PruneAsync(now, PruneBatch, cancellationToken);
            pruned += batch;
        }
        while (batch == PruneBatch);

        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} idempotency keys older than {Hours} hours.", pruned, options.Value.RetentionHours);
        }

        return pruned;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ReadinessPoll, clock);
        var due = DateTimeOffset.MinValue;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!connection.IsReady || clock.GetUtcNow() < due)
                {
                    continue;
                }

                // Set before pruning: a pruning that fails waits for the next interval instead of failing again every poll.
                due = clock.GetUtcNow() + PruneInterval;
                try
                {
                    await PruneAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(e, "Idempotency keys could not be pruned; trying again in {Interval}.", PruneInterval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
