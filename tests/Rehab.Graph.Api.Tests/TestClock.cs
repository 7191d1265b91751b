namespace Rehab.Graph.Api.Tests;

/// <summary>A clock that stands where the test puts it: a dispatcher that lives in the past, or an hour on.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
