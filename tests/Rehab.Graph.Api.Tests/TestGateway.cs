using System.Collections.Concurrent;
using Rehab.Graph.Domain.ImmediateJustice;

namespace Rehab.Graph.Api.Tests;

/// <summary>
/// Stands in for an external e-mail, SMS or post gateway: it refuses the first <paramref name="failures"/>
/// messages it is given (all of them when negative), then takes them, and records what it took.
/// </summary>
public sealed class TestGateway(int failures = 0, TimeSpan? delay = null) : IMessageSender
{
    private int _calls;

    public ConcurrentQueue<(OutboxMessage Message, byte[]? Attachment)> Sent { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    public async Task SendAsync(OutboxMessage message, byte[]? attachment, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (delay is { } wait)
        {
            await Task.Delay(wait, cancellationToken);
        }

        if (failures < 0 || call <= failures)
        {
            throw new HttpRequestException($"Gateway refused the message (call {call}).");
        }

        Sent.Enqueue((message, attachment));
    }
}
