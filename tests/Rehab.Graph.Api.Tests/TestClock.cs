using System.Diagnostics;

namespace Rehab.Graph.Api.Tests;

/// <summary>A clock that stands where the test puts it: a dispatcher that lives in the past, or an hour on.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// A clock that starts where the test puts it and runs on from there, so steps taken one after another get times in
/// that order, as they would on a real clock.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _start = start;
    private long _since = Stopwatch.GetTimestamp();

    public DateTimeOffset Now
    {
        get
        {
            lock (_lock)
            {
                return _start + Stopwatch.GetElapsedTime(_since);
            }
        }

        set
        {
            lock (_lock)
            {
                _start = value;
                _since = Stopwatch.GetTimestamp();
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
