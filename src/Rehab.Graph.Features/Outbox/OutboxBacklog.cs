using System.Diagnostics.Metrics;

namespace Rehab.Graph.Features.Outbox;

/// <summary>
/// The gauge <c>rehab.outbox.backlog</c>: the messages waiting to be sent, as this hub's dispatcher last saw them. Each
/// claim counts them in the same round trip and the pass takes off what it settled, so a scrape costs Neo4j nothing;
/// the figure is as fresh as the last poll (<see cref="OutboxOptions.PollSeconds"/>). Nothing is reported before the first.
/// </summary>
public sealed class OutboxBacklog
{
    public const string MeterName = "Rehab.Graph.Outbox";

    private long _pending = -1;

    public OutboxBacklog(IMeterFactory meters) =>
        meters.Create(MeterName).CreateObservableGauge(
            "rehab.outbox.backlog",
            Observe,
            unit: "{message}",
            description: "Outbox messages waiting to be sent (unsent, with attempts left), as of this hub's last poll.");

    /// <summary>A claim found <paramref name="pending"/> messages waiting, and the pass then settled <paramref name="settled"/> of them.</summary>
    internal void Report(long pending, int settled) => Interlocked.Exchange(ref _pending, Math.Max(0, pending - settled));

    private IEnumerable<Measurement<long>> Observe()
    {
        var pending = Interlocked.Read(ref _pending);
        return pending < 0 ? [] : [new Measurement<long>(pending)];
    }
}
